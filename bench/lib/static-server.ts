import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
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

/** A slower network than loopback: each response starts `latencyMs` late; all share `downMbit`. */
export interface SlowNetwork {
  latencyMs: number;
  downMbit: number;
}

// The slices a body is sent in: 16 KB is 13 ms at 10 Mbit/s, fine enough for several responses to share.
const SLICE_BYTES = 16_384;

/**
 * Sends responses as a slow network delivers them: the headers `latencyMs` after the request, then
 * the body in slices, every response's slices taking turns on one link of `downMbit`: a slice goes
 * out when the link has carried every slice booked before it. This is what DevTools' network
 * emulation does inside the browser, done here instead so that no DevTools session watches the page's
 * network (that made the renderer copy every response on its main thread: unobserved-tab.ts).
 */
function slowSender({ latencyMs, downMbit }: SlowNetwork) {
  const bytesPerMs = (downMbit * 1e6) / 8 / 1000;
  let linkFreeAt = 0;
  return (res: ServerResponse, headers: Record<string, string | number>, body: Buffer) => {
    let sent = 0;
    const next = () => {
      if (res.destroyed) return;
      if (sent >= body.length) {
        res.end();
        return;
      }
      const slice = body.subarray(sent, sent + SLICE_BYTES);
      sent += slice.length;
      const now = performance.now();
      linkFreeAt = Math.max(now, linkFreeAt) + slice.length / bytesPerMs;
      setTimeout(() => {
        res.write(slice);
        next();
      }, linkFreeAt - now);
    };
    setTimeout(() => {
      res.writeHead(200, headers);
      next();
    }, latencyMs);
  };
}

/**
 * Serves folders under URL prefixes (`{ '/rasd/1000/': dir }`) on 127.0.0.1 with an ephemeral port,
 * `no-store`, so every run is a first visit. Uncompressed by default: on loopback compression only
 * moves CPU time from the browser to this process, which shares the machine's two cores. With `gzip`
 * (the throttled run, where the network is the point), text is sent gzipped (level 6) to a client that
 * accepts it; each file is compressed once and kept, so no run pays for compression but the first.
 */
export async function serveStatic(
  mounts: Record<string, string>,
  { gzip = false, network }: { gzip?: boolean; network?: SlowNetwork } = {},
): Promise<StaticServer> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const compressed = new Map<string, Buffer>();
  const send = network ? slowSender(network) : null;
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
        const headers = {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        };
        if (send) send(res, headers, body);
        else res.writeHead(200, headers).end(body);
        return;
      }
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
      };
      if (send) send(res, headers, readFileSync(file));
      else {
        res.writeHead(200, headers);
        createReadStream(file).pipe(res);
      }
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
