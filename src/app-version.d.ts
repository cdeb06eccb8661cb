interface ImportMetaEnv {
  /** The version in package.json, set by vite.config.ts; written into export files. */
  readonly APP_VERSION: string;
}
