// What the workbook keeps on the device. Answers are keyed by module id + exercise id,
// which authors promise never to change, so rewording or moving exercises keeps answers.

export type AnswerValue =
  | { kind: 'text'; text: string }
  /** Checklist and choose: the positions picked and their labels at the time. */
  | { kind: 'picked'; picked: number[]; labels: string[] }
  | { kind: 'scale'; value: number; label: string; steps: number }
  | { kind: 'scenario'; choice: number; label: string }
  | { kind: 'contacts'; rows: ContactRow[] };

export interface ContactRow {
  name: string;
  phone: string;
  note: string;
}

export interface StoredAnswer {
  moduleId: string;
  exerciseId: string;
  value: AnswerValue;
  /** The question as it read when answered, so an answer whose exercise was removed still makes sense. */
  prompt: string;
  updatedAt: number;
}

/**
 * An answer that another tab (or window) wrote over while this one was writing too: kept next
 * to the answer so nothing is lost, until the client puts it back (see answer-versions.ts).
 */
export interface AnswerVersion extends StoredAnswer {
  /** When it stopped being the answer. */
  keptAt: number;
}

export interface Top3Item {
  text: string;
  /** Where a suggestion came from; absent for the client's own words. */
  source?: { moduleId: string; exerciseId: string };
  addedAt: number;
}

export interface ModuleProgress {
  moduleId: string;
  /** The page last shown, 0-based. */
  page: number;
  /** The furthest page reached, 0-based. */
  furthest: number;
  done: boolean;
  updatedAt: number;
}

export interface Settings {
  /** Where "go on where you left off" leads. */
  lastPlace: { moduleId: string; page: number };
  language: 'nl' | 'en';
  textSize: TextSize;
  homeScreenTipDismissed: boolean;
}
export type TextSize = 'normal' | 'large' | 'larger' | 'largest';
export type SettingKey = keyof Settings;
