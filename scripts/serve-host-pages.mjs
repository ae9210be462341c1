#!/usr/bin/env node
// Serves the embed example host pages from a second origin for the end-to-end tests, with the
// example's Rasd address (https://rasd.example.org/) replaced by the app under test.
// Usage: node scripts/serve-host-pages.mjs <port> <rasd-origin>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port = '4174', rasd = 'http://127.0.0.1:4173/'] = process.argv.slice(2);
const pages = { '/': 'docs/examples/embed-host.html', '/embed-host.html': 'docs/examples/embed-host.html' };

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // /paste?body=<base64url>: a page made of pasted HTML (a snippet copied from the Embed dialog).
  if (url.pathname === '/paste') {
    const body = Buffer.from(url.searchParams.get('body') ?? '', 'base64url').toString('utf8');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${body}</body></html>`,
    );
    return;
  }
  const file = pages[url.pathname];
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  const html = readFileSync(file, 'utf8').replaceAll('https://rasd.example.org/', rasd);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
}).listen(Number(port), '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${port}/`));
