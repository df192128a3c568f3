/** Whether this app can show a pack: its version must be at least the pack's minAppVersion. */
const NUMBERS = /^(\d+)\.(\d+)\.(\d+)/;

function parts(version: string): number[] | undefined {
  return NUMBERS.exec(version)?.slice(1).map(Number);
}

/** Compares major.minor.patch; a pre-release tag ("1.2.0-beta") counts as its release. */
export function appSatisfies(appVersion: string, minAppVersion: string): boolean {
  const app = parts(appVersion);
  const min = parts(minAppVersion);
  if (!app || !min) return false;
  for (let i = 0; i < 3; i++) {
    const a = app[i] ?? 0;
    const m = min[i] ?? 0;
    if (a !== m) return a > m;
  }
  return true;
}
