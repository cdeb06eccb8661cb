// Serves the production build (dist/) on localhost: `npm start` and the browser tests.
// Sends the Content-Security-Policy as a header, serves index.html for app routes, and
// tells browsers never to cache sw.js, so that new versions are found. Text files go out
// compressed (brotli or gzip, see compress.mjs), as from any real host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_POLICY } from './csp.mjs';
import { chooseEncoding, compressed } from './compress.mjs';

const ROOT = resolve(process.argv[2] ?? 'dist');
const PORT = Number(process.env.PORT ?? 4173);
const TEST_HOOKS = process.env.ZINVOL_TEST_HOOKS === '1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

let publishedUpdates = 0;

async function fileFor(pathname) {
  const path = normalize(join(ROOT, decodeURIComponent(pathname)));
  if (!path.startsWith(ROOT)) return null;
  try {
    if ((await stat(path)).isFile()) return path;
  } catch {
    // Not a file: an app route, served by index.html below.
  }
  return extname(pathname) ? null : join(ROOT, 'index.html');
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (TEST_HOOKS && request.method === 'POST' && pathname === '/__test__/publish-update') {
    publishedUpdates++;
    response.writeHead(204).end();
    return;
  }
  const file = await fileFor(pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  let body = await readFile(file);
  // Test hook: a "new version" is the same worker with one byte more.
  if (publishedUpdates > 0 && pathname === '/sw.js') body = Buffer.concat([body, Buffer.from(`\n// update ${publishedUpdates}\n`)]);
  const immutable = pathname.startsWith('/assets/');
  const encoding = chooseEncoding(request.headers['accept-encoding'], file);
  if (encoding) body = compressed(file, body, encoding);
  response.writeHead(200, {
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    Vary: 'Accept-Encoding',
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}`,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(body);
});

server.listen(PORT, 'localhost', () => {
  console.log(`Zinvol Online: http://localhost:${PORT}/`);
});
