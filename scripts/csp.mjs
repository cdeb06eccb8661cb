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
 * Every security header the app is served with, error pages included, in one place:
 * scripts/serve.mjs sends these, and scripts/server-configs.mjs writes them into the nginx and
 * Caddy configurations. Permissions-Policy: every powerful feature off, except the camera for this
 * origin only (scanning a course QR code in the app).
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_POLICY}`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': [
    'camera=(self)',
    'microphone=()',
    'geolocation=()',
    'accelerometer=()',
    'gyroscope=()',
    'magnetometer=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'bluetooth=()',
    'midi=()',
    'payment=()',
    'display-capture=()',
    'screen-wake-lock=()',
    'idle-detection=()',
    'publickey-credentials-get=()',
    'encrypted-media=()',
    'picture-in-picture=()',
    'fullscreen=()',
    'autoplay=()',
    'clipboard-read=()',
    'browsing-topics=()',
  ].join(', '),
};

/** Hashed files under /assets/ never change; everything else is checked again on each visit. */
export const CACHE_CONTROL = { assets: 'public, max-age=31536000, immutable', other: 'no-cache' };
