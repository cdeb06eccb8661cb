// A small note, outside IndexedDB (localStorage), that this device holds workbook data: how many
// entries and when the last backup file was made. No answer text, no profile names. A browser that
// clears or recreates IndexedDB (a full disk, "clear site data") leaves this note, so the app can
// say plainly that the answers are gone and offer the last backup file, instead of starting over.
const NOTE_KEY = 'zinvol:device-note';
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface DeviceNote {
  /** Entries (answers, top 3, progress, settings) stored on this device, of every profile. */
  entries: number;
  lastBackupAt: number | null;
  /** Since when there is data that is in no backup file yet. */
  newSince: number | null;
}

export function readNote(): DeviceNote {
  try {
    const note = JSON.parse(localStorage.getItem(NOTE_KEY) ?? 'null') as Partial<DeviceNote> | null;
    return {
      entries: typeof note?.entries === 'number' ? note.entries : 0,
      lastBackupAt: typeof note?.lastBackupAt === 'number' ? note.lastBackupAt : null,
      newSince: typeof note?.newSince === 'number' ? note.newSince : null,
    };
  } catch {
    return { entries: 0, lastBackupAt: null, newSince: null };
  }
}

function writeNote(note: DeviceNote): void {
  try {
    localStorage.setItem(NOTE_KEY, JSON.stringify(note));
  } catch {
    // Storage blocked or full: the note is a help, not a must.
  }
}

/** After data was stored or removed: the number of entries now on the device (negative: unknown). */
export function noteStoredEntries(entries: number, now = Date.now()): void {
  if (entries < 0) return;
  const note = readNote();
  const newSince = entries === 0 ? null : (note.newSince ?? now);
  if (note.entries !== entries || note.newSince !== newSince) writeNote({ ...note, entries, newSince });
}

/** After "Save as a file". */
export function noteBackup(now = Date.now()): void {
  writeNote({ ...readNote(), lastBackupAt: now, newSince: null });
}

/** The note, when the database holds nothing while the note says it held data. */
export function lostDatabase(entriesNow: number): DeviceNote | null {
  const note = readNote();
  return entriesNow === 0 && note.entries > 0 ? note : null;
}

/** A week of data in no backup file (Safari may clear a site's data after seven days without use). */
export function backupIsDue(now = Date.now()): boolean {
  const { newSince } = readNote();
  return newSince !== null && now - newSince >= WEEK_MS;
}
