// npm test: every check the project has, in one run, ending with a plain "N passed, N failed" line.
// Static checks count as one test each; Vitest suites report their own counts through JSON files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { BROWSER_MISSING, chromiumPath } from '../tests/e2e/support/chromium';

if (!chromiumPath()) {
  console.error(BROWSER_MISSING);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const bin = (name: string) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function suite(label: string, config: string, report: string): void {
  rmSync(report, { force: true });
  const ok = run(label, bin('vitest'), [
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  if (!existsSync(report)) {
    failed += 1; // the suite could not even start (setup failed): count it, never hide it
    console.log(`✗ ${label} did not run`);
    return;
  }
  const counts = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += counts.numPassedTests;
  failed += counts.numFailedTests;
  // A suite can fail with no failed test (an error outside tests, a broken file): count that too.
  if (!ok && counts.numFailedTests === 0) failed += 1;
}

check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.']);
check('content check', bin('tsx'), ['scripts/content-check.ts']);
suite('unit, locale and content tests', 'vitest.config.ts', 'vitest-unit.json');
suite('browser tests (Chromium)', 'vitest.e2e.config.ts', 'vitest-e2e.json');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
