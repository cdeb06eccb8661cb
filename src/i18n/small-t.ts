// The first screen's own string lookup: i18next (about 20 KB gzip) loads right after the first
// paint, and until then this small function reads the same nl.json/en.json tables the same way
// for what the first screen uses: nested keys ("home.title"), plurals by `count` (key_one,
// key_other, as i18next names them) and {{name}} placeholders. A key it cannot find comes back
// as the key, as with i18next. tests/unit/i18n.test.ts checks both give the same text.

/** Options a string may use: `count` picks the plural form; every value can fill a {{placeholder}}. */
export type TOptions = { count?: number } & Record<string, unknown>;
export type TFunction = (key: string, options?: TOptions) => string;
export type Strings = Record<string, unknown>;

function lookup(table: Strings, key: string): string | undefined {
  let value: unknown = table;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Strings)[part];
  }
  return typeof value === 'string' ? value : undefined;
}

/** A t function over the given tables, the first that has the key winning (the language, then Dutch). */
export function smallT(language: string, tables: Strings[]): TFunction {
  const plural = new Intl.PluralRules(language);
  return (key, options) => {
    const count = options?.count;
    const keys = typeof count === 'number' ? [`${key}_${plural.select(count)}`, key] : [key];
    for (const table of tables) {
      for (const candidate of keys) {
        const text = lookup(table, candidate);
        // A value not given leaves its placeholder, as i18next does.
        if (text !== undefined)
          return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
            options?.[name] === undefined ? whole : String(options[name]),
          );
      }
    }
    return key;
  };
}
