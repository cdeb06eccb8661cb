// Types of the virtual modules made by src/pipeline/vite-plugin.ts.
declare module 'virtual:workbook' {
  import type { Language, ModuleMeta, ModuleText } from './types.ts';
  export const modules: ModuleMeta[];
  export const textLoaders: Record<string, Partial<Record<Language, () => Promise<{ default: ModuleText }>>>>;
}
declare module 'virtual:workbook/sources' {
  export const sourceLoaders: Record<string, () => Promise<{ default: string | null }>>;
}

declare module 'virtual:workbook/practice/*' {
  import type { PracticeData } from './types.ts';
  const practice: PracticeData | null;
  export default practice;
}
