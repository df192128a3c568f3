/**
 * A tiny static server on 127.0.0.1 for browser tests. Unlike `vite preview` it can be stopped
 * (to prove the app runs with no server at all) and switched to another build folder (to deploy a
 * new version while a page is open).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createHash } from 'node:crypto';
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
  /** Each answer's path (with its query) and status, in order. */
  readonly answers: { path: string; status: number }[] = [];

  /** Chosen by the system at the first start (port 0), then kept, so a restart keeps the origin. */
  private assignedPort = 0;

  constructor(
    private root: string,
    /**
     * gzip: compress like a real web host (the bench's Lighthouse run needs real transfer sizes).
     * etag: send an ETag and answer a matching If-None-Match with 304, as most hosts do.
     */
    private readonly options: { gzip?: boolean; etag?: boolean } = {},
  ) {}

  get port(): number {
    if (!this.assignedPort) throw new Error('StaticServer: start() first, the port is chosen then');
    return this.assignedPort;
  }

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
        const url = new URL(req.url ?? '/', this.origin);
        const etag = this.options.etag
          ? `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`
          : undefined;
        if (etag && req.headers['if-none-match'] === etag) {
          this.answers.push({ path: url.pathname + url.search, status: 304 });
          res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
          return;
        }
        this.answers.push({ path: url.pathname + url.search, status: 200 });
        const gzip = this.options.gzip === true && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
          ...(etag ? { ETag: etag } : {}),
        });
        res.end(gzip ? gzipSync(body) : body);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.assignedPort, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address && typeof address === 'object') this.assignedPort = address.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
