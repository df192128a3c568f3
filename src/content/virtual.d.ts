declare module 'virtual:content-pack-meta' {
  /** Version and hash of the pack this build ships, and where it is served (relative to the app). */
  export const bundledPack: { version: number; hash: string; url: string };
}
