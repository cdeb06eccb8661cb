// Serves the production build (dist/) on localhost: `npm start` and the browser tests.
// Sends the security headers of scripts/csp.mjs with every response (404 included), serves
// index.html for app routes, and tells browsers never to cache sw.js, so that new versions are
// found. Text files go out compressed (brotli or gzip, see compress.mjs), as from any real host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CACHE_CONTROL, SECURITY_HEADERS } from './csp.mjs';
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
  // The module texts (assets/<lang>/module-*.json.gz): gzip data the app unpacks itself, so never
  // sent with Content-Encoding (the browser would unpack them first) and not compressed again (compress.mjs).
  '.gz': 'application/gzip',
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
    response.writeHead(204, SECURITY_HEADERS).end();
    return;
  }
  const file = await fileFor(pathname).catch(() => null);
  if (!file) {
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  let body = await readFile(file);
  // Test hook: a "new version" is the same worker with one byte more.
  if (publishedUpdates > 0 && pathname === '/sw.js') body = Buffer.concat([body, Buffer.from(`\n// update ${publishedUpdates}\n`)]);
  const immutable = pathname.startsWith('/assets/');
  const encoding = chooseEncoding(request.headers['accept-encoding'], file);
  if (encoding) body = compressed(file, body, encoding);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    Vary: 'Accept-Encoding',
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? CACHE_CONTROL.assets : CACHE_CONTROL.other,
  });
  response.end(body);
});

server.listen(PORT, 'localhost', () => {
  console.log(`Zinvol Online: http://localhost:${PORT}/`);
});
