import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A running static server: its origin and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

// Text worth compressing; fonts (woff2) are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map']);

/**
 * Serves folders under URL prefixes (`{ '/rasd/1000/': dir }`) on 127.0.0.1 with an ephemeral port,
 * `no-store`, so every run is a first visit. Uncompressed by default: on loopback compression only
 * moves CPU time from the browser to this process, which shares the machine's two cores. With `gzip`
 * (the throttled run, where the network is the point), text is sent gzipped (level 6) to a client that
 * accepts it; each file is compressed once and kept, so no run pays for compression but the first.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  { gzip = false }: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end('not found');
      return;
    }
    let rest = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (rest === '' || rest === '.' || rest.endsWith('/')) rest = join(rest, 'index.html');
    const file = join(mounts[prefix] as string, rest);
    try {
      const stat = statSync(file);
      const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip && accepts && COMPRESSIBLE.has(extname(file))) {
        const key = `${file}:${stat.mtimeMs}`;
        let body = compressed.get(key);
        if (!body) {
          body = gzipSync(readFileSync(file), { level: 6 });
          compressed.set(key, body);
        }
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        });
        res.end(body);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
