declare module 'virtual:content-pack-meta' {
  /** Version and hash of the pack this build ships, and where it is served (relative to the app). */
  export const bundledPack: {
    version: number;
    hash: string;
    url: string;
    /** The whole pack as JSON, only in the single-file edition (scripts/build-single.ts). */
    inline?: string;
  };
}
