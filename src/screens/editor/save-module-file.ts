import { moduleFileName, moduleFileOf } from '../../content/module-files.ts';
import { download } from '../../ui/download.ts';

/** Saves a module as one module file in Downloads; returns the file name, or null. */
export async function saveModuleFile(id: string, text?: string): Promise<string | null> {
  const content = text ?? (await moduleFileOf(id));
  if (content === null) return null;
  const file = new File([content], moduleFileName(id), { type: 'text/plain' });
  download(file);
  return file.name;
}
