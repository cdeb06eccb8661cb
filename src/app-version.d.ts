/** The version in package.json, set by vite.config.ts; written into export files. */
declare const __APP_VERSION__: string;
