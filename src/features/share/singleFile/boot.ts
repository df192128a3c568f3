/**
 * The single-file edition's loader, the only script written into the HTML as is. The app itself
 * (code, every language and the content pack) sits in the file gzip-compressed
 * as base85 text; this unpacks it with the browser's own DecompressionStream and runs it as an
 * inline module, which the file's Content-Security-Policy allows by its hash. Nothing is fetched:
 * the page works from file:// and from a messenger's download folder.
 */
import { decodeBase85 } from './base85';
import { OLD_BROWSER_ID, PAYLOAD_ID } from './ids';

async function unpack(text: string): Promise<string> {
  const compressed = new Blob([decodeBase85(text.trim())]).stream();
  return new Response(compressed.pipeThrough(new DecompressionStream('gzip'))).text();
}

function showOldBrowserMessage(): void {
  document.getElementById(OLD_BROWSER_ID)?.removeAttribute('hidden');
}

async function boot(): Promise<void> {
  const payload = document.getElementById(PAYLOAD_ID)?.textContent;
  if (!payload || typeof DecompressionStream !== 'function') {
    showOldBrowserMessage(); // Chrome before 80, Safari before 16.4, Firefox before 113
    return;
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.textContent = await unpack(payload);
  document.body.append(script);
}

boot().catch(showOldBrowserMessage);
