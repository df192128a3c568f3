/** Copies text; false where there is no clipboard (old browser, no permission, file://). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // the text stays on screen to copy by hand
  }
}
