// The minimal app of Hamroh's stack, for `npm run bench` only: React renders one heading, and
// workbox-window registers a service worker that precaches it. Its cold offline start is measured
// the same way as the app's, on the same machine in the same run, because absolute times differ by
// about 2× between the machines this project runs on; the ratio between the two does not.
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';

function Baseline() {
  return (
    <main>
      <h1>Hello</h1>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Baseline />);
void new Workbox('./sw.js').register();
