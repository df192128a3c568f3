/**
 * A tiny static server on 127.0.0.1 for browser tests. Unlike `vite preview` it can be stopped
 * (to prove the app runs with no server at all) and switched to another build folder (to deploy a
 * new version while a page is open).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export class StaticServer {
  private server: Server | undefined;
  readonly requests: string[] = [];

  constructor(
    private root: string,
    readonly port: number,
    /** Compress like a real web host; the bench's Lighthouse run needs it to see real transfer sizes. */
    private readonly options: { gzip?: boolean } = {},
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  serve(root: string): void {
    this.root = root;
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', this.origin).pathname);
      this.requests.push(path);
      const file = normalize(join(this.root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(normalize(this.root))) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        const gzip = this.options.gzip === true && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        });
        res.end(gzip ? gzipSync(body) : body);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
