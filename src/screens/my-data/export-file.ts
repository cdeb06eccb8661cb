// Makes the backup file and hands it to the browser. Used by "Mijn gegevens" and, on a full disk,
// by the "Save as a file" button next to the message (src/ui/SaveFileButton.tsx).
import { backupData, makeBackupFile, noteBackup } from '../../storage/index.ts';
import { download as saveToDownloads } from '../../ui/download.ts';

export function exportFileName(now = new Date()): string {
  return `zinvol-antwoorden-${now.toISOString().slice(0, 10)}.json`;
}

export async function buildFile(password: string | null): Promise<File> {
  const text = await makeBackupFile(await backupData(), import.meta.env.APP_VERSION, password);
  return new File([text], exportFileName(), { type: 'application/json' });
}

/** Saves the backup file and notes when (the device note reminds of a backup after a week). */
export function download(file: File): void {
  saveToDownloads(file);
  noteBackup();
}

/** The file without a password, at once: the quick way out when the phone is full. */
export async function saveFileNow(): Promise<string> {
  const file = await buildFile(null);
  download(file);
  return file.name;
}
