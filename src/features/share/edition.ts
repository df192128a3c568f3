/**
 * True only in the single-file edition: vite.single.config.ts defines it, so it is a constant at
 * build time. The file copy has no web address to hand out (it lives at file://…), so it shares
 * itself instead, and the QR code's code is left out of the file altogether.
 */
export const IS_SINGLE_FILE: boolean = import.meta.env.VITE_SINGLE_FILE === true;
