// npm run content:check — validates every guide and contact without building the app.
// Prints one line per problem (file: field: reason) and exits 1 if there is any.
import { fileURLToPath } from 'node:url';
import { buildPack } from '../src/content/build/pack';
import { formatProblem } from '../src/content/build/problems';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await buildPack(root, { today: new Date().toISOString().slice(0, 10) });
if (result.ok) {
  const { guides, contacts, version, hash } = result.pack;
  console.log(
    `content OK: ${guides.length} guide texts, ${contacts.length} contacts, pack version ${version}, hash ${hash.slice(0, 16)}`,
  );
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`${result.problems.length} content problem(s)`);
  process.exitCode = 1;
}
