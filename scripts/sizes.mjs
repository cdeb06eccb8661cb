// Measures what the first screen needs (the JS and CSS that index.html loads, gzip), and how
// that changes when the workbook has 20 more modules. Usage: node scripts/sizes.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function build(outDir, modulesDir) {
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, ...(modulesDir ? { ZINVOL_MODULES_DIR: modulesDir } : {}) },
    stdio: 'inherit',
  });
}

function firstScreen(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = (kind) => sizes.filter((s) => s.file.endsWith(kind)).reduce((sum, s) => sum + s.gzip, 0);
  const assets = readdirSync(join(outDir, 'assets'));
  return { sizes, js: total('.js'), css: total('.css'), chunks: assets.filter((f) => f.endsWith('.js')).length };
}

const root = mkdtempSync(join(tmpdir(), 'zinvol-sizes-'));
build(join(root, 'base'));
const base = firstScreen(join(root, 'base'));

const modules = join(root, 'modules');
cpSync('modules', modules, { recursive: true });
for (let i = 1; i <= 20; i++) {
  const copy = join(modules, `copy-${i}`);
  cpSync('modules/02-jezelf-laten-zien', copy, { recursive: true });
  const settings = readFileSync(join(copy, 'module.yml'), 'utf8')
    .replace(/^id: .*$/m, `id: kopie-${i}`)
    .replace(/^order: .*$/m, `order: ${100 + i}`);
  writeFileSync(join(copy, 'module.yml'), settings);
}
build(join(root, 'more'), modules);
const more = firstScreen(join(root, 'more'));

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const s of base.sizes) console.log(`${s.file.padEnd(40)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(9)} gzip`);
console.log(`first screen: JS ${kb(base.js)} + CSS ${kb(base.css)} gzip (${base.chunks} JS chunks in all)`);
console.log(`with 20 more modules: JS ${kb(more.js)} + CSS ${kb(more.css)} gzip (${more.chunks} JS chunks in all)`);
console.log(`difference: ${more.js + more.css - base.js - base.css} bytes`);
