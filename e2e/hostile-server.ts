import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A record server on loopback for the tests of remote `src` records, over https and http. */
export interface RecordServers {
  https: string;
  http: string;
  close: () => Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, made for this run (the browser context ignores its issuer). */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const pair = { key: readFileSync(key), cert: readFileSync(cert) };
  // The pair lives in the server from here on: a private key left in the system's temp folder by every run is litter.
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

/**
 * Starts both servers. `records` maps paths to bodies served at once; besides them: /never.json (no
 * answer), /stall.json (headers and half a body, then nothing), /drip.json (a byte a second),
 * /loop.json (redirects to itself), /to-http.json (redirects to the http server's /record.json).
 */
export async function startRecordServers(records: Record<string, string>): Promise<RecordServers> {
  const cors = { 'Access-Control-Allow-Origin': '*' };
  const open = new Set<{ destroy: () => void }>();
  const timers = new Set<NodeJS.Timeout>();
  let httpOrigin = '';
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    open.add(req.socket);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = new Map(Object.entries(records)).get(path);
    if (body !== undefined) {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      res.end(body);
    } else if (path === '/never.json') {
      // No answer at all.
    } else if (path === '/stall.json') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      res.write('{"schemaVersion": 1, "id": "stalled", "paragraphs": [');
    } else if (path === '/drip.json') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 1000);
      timers.add(timer);
    } else if (path === '/loop.json') {
      res.writeHead(302, { ...cors, Location: '/loop.json' });
      res.end();
    } else if (path === '/to-http.json') {
      res.writeHead(302, { ...cors, Location: `${httpOrigin}/record.json` });
      res.end();
    } else {
      res.writeHead(404, cors);
      res.end('not here');
    }
  };
  const secure = createHttps(certificate(), handler);
  const plain = createHttp(handler);
  const [securePort, plainPort] = await Promise.all([listen(secure), listen(plain)]);
  httpOrigin = `http://127.0.0.1:${plainPort}`;
  return {
    https: `https://127.0.0.1:${securePort}`,
    http: httpOrigin,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of open) socket.destroy();
      await Promise.all([secure, plain].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
