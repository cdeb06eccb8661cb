// Parts of a locale file as modules of their own (see the `zinvol-json-parts` plugin in vite.config.ts):
// `x.json?all` the whole file, `x.json?first` the first screen's sections, `x.json?rest` the others.
declare module '*.json?all' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?first' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module '*.json?rest' {
  const strings: Record<string, unknown>;
  export default strings;
}
