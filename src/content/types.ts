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

export type Block = TextBlock | Exercise | TipBlock | AsideBlock | GlossaryTerm;

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
}

/** A glossary entry as the tap-to-explain popup needs it. */
export interface GlossaryEntry {
  id: string;
  name: string;
  text: string;
}
