// `import('./locales/nl.json?all')`: the whole file as a module of its own (see index.ts).
declare module '*.json?all' {
  const strings: Record<string, unknown>;
  export default strings;
}
