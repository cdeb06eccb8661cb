// The one Content-Security-Policy: only the app's own origin, ever. vite.config.ts puts it
// in index.html as a <meta> tag (for any static host); scripts/serve.mjs also sends it as a
// header (frame-ancestors works only as a header).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const HEADER_ONLY_POLICY = "frame-ancestors 'none'";

/**
 * Every security header the app is served with, in one place: scripts/serve.mjs sends these,
 * and scripts/server-configs.mjs writes them into the nginx and Caddy configurations.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Hashed files under /assets/ never change; everything else is checked again on each visit. */
export const CACHE_CONTROL = { assets: 'public, max-age=31536000, immutable', other: 'no-cache' };
