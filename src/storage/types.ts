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
  /** The answer to "Gebruik je al social media?", which suggests a route through the workbook. */
  socialMediaUse: SocialMediaUse;
}
export type SocialMediaUse = 'no' | 'some' | 'lots';
export type TextSize = 'normal' | 'large' | 'larger' | 'largest';
export type SettingKey = keyof Settings;

/**
 * What the client did in the practice app (src/screens/practice/). Kept apart from the answers:
 * it is pretend, so it is not in "Mijn antwoorden" nor in the saved file.
 */
export interface PracticeState {
  liked: string[];
  shared: string[];
  comments: { postId: string; text: string }[];
  /** Tags of the pretend user: post id → approved or declined. */
  tags: Record<string, 'approved' | 'declined'>;
  following: string[];
  /** Friend requests sent by the user, and requests to the user refused or accepted. */
  requestsSent: string[];
  requestsAnswered: Record<string, 'refused' | 'accepted'>;
  muted: string[];
  blocked: string[];
  reported: string[];
  /** Direct messages the user wrote, per person. */
  messages: { to: string; text: string }[];
  /** Scam messages reported and deleted. */
  scamsReported: string[];
  privacy: PracticePrivacy;
  privacyChangedAt: number;
  strangerViewAt: number;
  /** Guided tasks done, by id, with the time they were done. */
  tasksDone: Record<string, number>;
  /** The guided task the client chose to do now. */
  currentTask?: string;
}
export interface PracticePrivacy {
  profile: 'public' | 'private';
  posts: 'everyone' | 'friends' | 'me';
  tags: 'everyone' | 'friends' | 'nobody';
  approveTags: boolean;
  messages: 'everyone' | 'friends' | 'nobody';
  location: boolean;
}
