import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startContentEarly } from './content/ContentProvider';
import { initialLanguage } from './app/initialLanguage';
import { appContainer } from './app/prerendered';
import { applyMirroredDisplayOptions, restoreDisplayOptions } from './features/display/displayPreferences';
import { setupI18n } from './i18n/setup';
import { registerServiceWorker } from './sw/register';
import './ui/global.css';

applyMirroredDisplayOptions();
startContentEarly();
void restoreDisplayOptions();
void setupI18n(initialLanguage(location.hash)).then(() => {
  const root = createRoot(appContainer());
  // As a transition, React renders the first screen in slices of a few milliseconds: the
  // prerendered screen is already there, and a tap on it is answered between slices instead of
  // waiting for the whole first render (a long task on a slow phone).
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});
void registerServiceWorker();
