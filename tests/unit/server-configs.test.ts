// @vitest-environment node
// The server configurations in deploy/ are generated from scripts/csp.mjs: this fails when they
// drift, and serves the built app with the generated nginx configuration for real when nginx is here.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../scripts/csp.mjs';
import { CONFIG_FILES, caddyConfig, nginxConfig } from '../../scripts/server-configs.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const BUILT = ['dist', ...(process.env.E2E_PORT ? [`dist-${process.env.E2E_PORT}`] : [])].find((dir) =>
  existsSync(join(dir, 'index.html')),
);

describe('server configurations', () => {
  it.each(Object.entries(CONFIG_FILES))('%s is what scripts/server-configs.mjs writes (run npm run server-configs)', (path, make) => {
    expect(readFileSync(path, 'utf8')).toBe(make());
  });

  it.each([
    ['nginx', nginxConfig()],
    ['Caddy', caddyConfig()],
  ])('%s sends every security header, and the cache rules', (_server, config) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(config).toContain(`${name} "${value}"`);
    expect(config).toContain(CACHE_CONTROL.assets);
    expect(config).toContain(CACHE_CONTROL.other);
    expect(config).toMatch(/try_files .*\/index\.html/);
  });

  it('nginx sends the module texts (.gz data the app unpacks) as application/gzip, never compressed again', () => {
    const block = nginxConfig().split('location ~ ^/assets/.+\\.gz$ {')[1]?.split('\n  }')[0];
    expect(block).toContain('default_type application/gzip;');
    expect(block).toContain('gzip off;');
    expect(block).toContain(`Cache-Control "${CACHE_CONTROL.assets}"`);
    expect(caddyConfig()).toContain('header @data Content-Type application/gzip');
  });

  it.skipIf(!NGINX || !BUILT)(
    'nginx serves the built app with these headers, and app routes with index.html',
    { timeout: 20_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zinvol-nginx-'));
      const port = 4300 + Math.floor(Math.random() * 500);
      const server = nginxConfig({ root: resolve(BUILT!), listen: `127.0.0.1:${port}` });
      writeFileSync(
        join(dir, 'nginx.conf'),
        `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
${server}}
`,
      );
      execFileSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
      const nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
      try {
        const get = async (path: string) => {
          for (let tries = 0; ; tries++) {
            try {
              return await fetch(`http://127.0.0.1:${port}${path}`);
            } catch (error) {
              if (tries > 50) throw error;
              await new Promise((done) => setTimeout(done, 100));
            }
          }
        };
        const home = await get('/');
        expect(home.status).toBe(200);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(home.headers.get(name)).toBe(value);
        expect(home.headers.get('Cache-Control')).toBe(CACHE_CONTROL.other);
        const route = await get('/module/aan-de-slag/2');
        expect(route.status).toBe(200);
        expect(await route.text()).toContain('<div id="app"');
        const asset = /\/assets\/[^"]+\.js/.exec(await home.text())![0];
        const script = await get(asset);
        expect(script.headers.get('Cache-Control')).toBe(CACHE_CONTROL.assets);
        expect(script.headers.get('Content-Security-Policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
        // A module text: the gzip bytes as they are, so the app can unpack them itself.
        const files = (await (await get('/languages.json')).json()) as Record<string, string[]>;
        const text = files.nl!.find((path) => path.endsWith('.json.gz'))!;
        const data = await fetch(`http://127.0.0.1:${port}${text}`, { headers: { 'Accept-Encoding': 'gzip, br' } });
        expect(data.headers.get('Content-Encoding')).toBeNull();
        expect(data.headers.get('Content-Type')).toBe('application/gzip');
        expect(data.headers.get('Cache-Control')).toBe(CACHE_CONTROL.assets);
        expect([...new Uint8Array(await data.arrayBuffer()).slice(0, 2)]).toEqual([0x1f, 0x8b]);
      } finally {
        nginx.kill();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
