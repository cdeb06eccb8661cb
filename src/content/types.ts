// The shape of a compiled module. The build pipeline (src/pipeline) produces it from
// the text files in modules/; the screens render it. No Markdown reaches the phone.

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['connectedness', 'hope', 'identity', 'meaning', 'empowerment'] as const;
export type Theme = (typeof THEMES)[number];

export type Inline =
  | string
  | { t: 'strong' | 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'term'; id: string; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'br' };

export type TextBlock =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 3 | 4; c: Inline[] }
  | { t: 'ul' | 'ol'; items: TextBlock[][] }
  | { t: 'quote'; c: TextBlock[] }
  | { t: 'hr' };

export interface ReflectionExercise {
  t: 'reflection';
  id: string;
  prompt: Inline[];
  hint: TextBlock[];
  lines: number;
}
export interface ListExercise {
  t: 'checklist' | 'choose';
  id: string;
  prompt: TextBlock[];
  options: Inline[][];
  /** The most a person may pick; for a checklist, the number of options. */
  pick: number;
}
export interface ScaleExercise {
  t: 'scale';
  id: string;
  prompt: TextBlock[];
  labels: Inline[][];
  faces: boolean;
}
export interface ScenarioExercise {
  t: 'scenario';
  id: string;
  prompt: TextBlock[];
  choices: { label: Inline[]; feedback: Inline[] }[];
}
export interface ContactsExercise {
  t: 'contacts';
  id: string;
  prompt: TextBlock[];
}
export interface TipBlock {
  t: 'tip';
  id: string;
  text: string;
}

export type Exercise = ReflectionExercise | ListExercise | ScaleExercise | ScenarioExercise | ContactsExercise;
export type ExerciseKind = Exercise['t'];
export const EXERCISE_KINDS: readonly ExerciseKind[] = ['reflection', 'checklist', 'choose', 'scale', 'scenario', 'contacts'];

export type AsideKind = 'story' | 'remember' | 'note' | 'trainer';
export interface AsideBlock {
  t: AsideKind;
  name?: string;
  c: TextBlock[];
}
export interface GlossaryTerm {
  t: 'definition';
  id: string;
  name: string;
  also: string[];
  c: TextBlock[];
}

/** "Probeer het uit": a link to a guided task of the practice app (modules/oefenen.yml). */
export interface TryBlock {
  t: 'try';
  task: string;
}

export type Block = TextBlock | Exercise | TipBlock | AsideBlock | GlossaryTerm | TryBlock;

export interface Section {
  /** null for the introduction, which carries the module title. */
  title: string | null;
  blocks: Block[];
}

/** One language of one module: the lazily loaded chunk. */
export interface ModuleText {
  id: string;
  lang: Language;
  title: string;
  summary: string;
  sections: Section[];
}

export interface ExerciseRef {
  id: string;
  kind: ExerciseKind | 'tip';
}

/** What the home screen needs of every module: small, loaded eagerly. */
export interface ModuleMeta {
  id: string;
  /** 'course': notes for the whole course, for trainers only (all its text is in :::trainer blocks). */
  kind: 'workbook' | 'glossary' | 'course';
  /** Who the module is written for; shown on its card and used by the suggested route. */
  level: Level;
  order: number;
  minutes: number;
  themes: Theme[];
  version: number;
  sources: string[];
  title: Partial<Record<Language, string>> & { nl: string };
  summary: Partial<Record<Language, string>> & { nl: string };
  languages: Language[];
  sectionCount: number;
  exercises: ExerciseRef[];
  /** Guided tasks of the practice app that count in this module's progress. */
  practiceTasks: string[];
}

/** A glossary entry as the tap-to-explain popup needs it. */
export interface GlossaryEntry {
  id: string;
  name: string;
  text: string;
}

/** Who the pretend user meets in the practice app (src/screens/practice/). */
export type Localized = Record<Language, string>;
export const LEVELS = ['beginner', 'everyone', 'experienced'] as const;
export type Level = (typeof LEVELS)[number];

export const PERSON_ROLES = ['friend', 'followed', 'suggested', 'unkind', 'stranger', 'advertiser'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface PracticePerson {
  id: string;
  name: string;
  role: PersonRole;
  bio: Localized;
}
export interface PracticePost {
  id: string;
  by: string;
  text: Localized;
  picture?: Localized;
  /** The post tags the pretend user, who approves or declines the tag. */
  tagsYou: boolean;
  advert: boolean;
}
export interface PracticeMessage {
  id: string;
  /** A person id, or a key of `senders` (a sender that is not a person, such as a pretend bank). */
  from: string;
  text: Localized;
  reply?: Localized;
  scam: boolean;
  signs: Record<Language, string[]>;
}
export interface PracticeTask {
  id: string;
  /** The module whose progress counts this task. */
  module: string;
  title: Localized;
  hint: Localized;
  /** Conditions (see PRACTICE_CONDITIONS), all true when the task is done. */
  doneWhen: string[];
}

export const EXPLANATIONS = [
  'like',
  'unlike',
  'comment',
  'share',
  'unshare',
  'tag-approved',
  'tag-declined',
  'follow',
  'unfollow',
  'request-sent',
  'request-refused',
  'request-accepted',
  'message',
  'mute',
  'unmute',
  'block',
  'unblock',
  'report',
  'privacy',
  'stranger-view',
  'scam-link',
  'scam-reported',
] as const;
export type ExplanationKey = (typeof EXPLANATIONS)[number];
export const HOW_IT_WORKS = ['suggested', 'advert', 'algorithm'] as const;
export type HowItWorksKey = (typeof HOW_IT_WORKS)[number];

/** The conditions a task can wait for; the argument (if any) is a post, person or message id. */
export const PRACTICE_CONDITIONS = {
  'private-profile': null,
  'public-profile': null,
  'viewed-as-stranger': null,
  'location-off': null,
  'tags-need-approval': null,
  'posts-for-friends': null,
  'messages-from-friends': null,
  liked: 'post',
  commented: 'post',
  shared: 'post',
  'tag-approved': 'post',
  following: 'person',
  'request-sent': 'person',
  'request-refused': 'person',
  messaged: 'person',
  muted: 'person',
  blocked: 'person',
  reported: 'person',
  'scam-reported': 'message',
} as const satisfies Record<string, 'post' | 'person' | 'message' | null>;
export type PracticeCondition = keyof typeof PRACTICE_CONDITIONS;

/** The practice app's content, compiled from modules/oefenen.yml: its own lazy chunk. */
export interface PracticeData {
  you: { bio: Localized; place: Localized; post: Localized };
  people: PracticePerson[];
  posts: PracticePost[];
  messages: PracticeMessage[];
  senders: Record<string, Localized>;
  explanations: Record<ExplanationKey, Localized>;
  howItWorks: Record<HowItWorksKey, Localized>;
  tasks: PracticeTask[];
}
