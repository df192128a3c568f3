/**
 * Reads a PDF the browser printed: each page's size and text, and the smallest text on it, in
 * points (1/72 inch), as a printer would lay them down. pdf.js (through unpdf, which bundles it
 * with no native parts) does the parsing.
 */
import { getDocumentProxy } from 'unpdf';

export interface PrintedPage {
  width: number;
  height: number;
  /** The page's text, its pieces (lines, runs) joined and every run of white space made one space. */
  text: string;
  /** The smallest font size of any visible text on the page, in points. */
  smallestText: number;
}

export async function readPdf(pdf: Uint8Array): Promise<PrintedPage[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PrintedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const items = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() ? [item] : [],
    );
    // A text item's transform is [a b c d e f]; its font size is the length of the (a, b) vector.
    const sizes = items.map((item) => Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0));
    pages.push({
      width,
      height,
      text: items
        .map((item) => item.str)
        .join(' ')
        .replace(/\s+/g, ' '),
      smallestText: Math.min(...sizes),
    });
  }
  await doc.destroy();
  return pages;
}
