/** Element ids shared by the single-file loader (boot.ts) and the build that writes the file. */
export const PAYLOAD_ID = 'hamroh-code';
export const OLD_BROWSER_ID = 'hamroh-old-browser';
