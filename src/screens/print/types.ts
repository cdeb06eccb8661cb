// The shapes the booklet is built from: chapters of units that the print view lays out on pages.
import type { VNode } from 'preact';
import type { TFunction } from '../../i18n/index.ts';
import type { Language, ModuleText } from '../../content/types.ts';
import type { AnswerValue, Course, Top3Item } from '../../storage/index.ts';
import type { Edition } from './options.ts';

export interface Unit {
  key: string;
  /** Must stay on the same page as the next unit (a heading with what follows it). */
  keep: boolean;
  /** Extra classes of the unit's wrapper, which carries the space around it. */
  className: string;
  /** The box this unit is a piece of, when the box has more than one piece. */
  group?: string;
  render: () => VNode;
}

export type ChapterKind = 'contents' | 'course' | 'module' | 'glossary' | 'sources' | 'top3';

export interface Chapter {
  id: string;
  kind: ChapterKind;
  /** In the table of contents and the running header. */
  title: string;
  /** The module number in the table of contents. */
  number?: number;
  lang: Language;
  units: Unit[];
}

export interface BookletModule {
  number: number;
  text: ModuleText;
  summary: string;
  /** The documents the module draws on (module.yml). */
  sources: readonly string[];
  /** Its recovery themes (CHIME), as words in the reader's language: in the trainer's edition. */
  themes: readonly string[];
  /** Its illustration's address (src/content/pictures.ts), beside the title on its first page. */
  picture?: string;
}

/** One step of "Your route" in a course: a session (with its date) and its modules. */
export interface RouteStep {
  /** "Bijeenkomst 1: 1 februari 2027", or for modules of the plan without a session "Ook in deze cursus". */
  label: string;
  titles: string[];
}

export interface BookletInput {
  t: TFunction;
  language: Language;
  edition: Edition;
  trainer: boolean;
  modules: readonly BookletModule[];
  glossary: ModuleText | null;
  /** Answers by `${moduleId}/${exerciseId}`; only used in "my workbook". */
  answers: ReadonlyMap<string, AnswerValue>;
  top3: readonly Top3Item[];
  name: string | null;
  date: Date;
  /** The course set up by the trainer: its own cover and first page. */
  course: Course | null;
  /** The course plan per session, printed instead of the list of all modules in "Your route". */
  route: RouteStep[] | null;
  /** Every module title, to recognise the list of modules that the route replaces. */
  moduleTitles: readonly string[];
}

export interface Booklet {
  cover: () => VNode;
  /** The table of contents, given the page each chapter starts on (unknown while measuring). */
  contents: (pageOf: (chapterId: string) => number | undefined) => Chapter;
  chapters: Chapter[];
}

export interface Piece {
  keep: boolean;
  /** The space under it: small between the items of a list. */
  gap: 'item' | 'block';
  render: () => VNode;
}

/** What an exercise printer gets: the exercise, its stored answer (my workbook) and the options. */
export interface ExerciseProps<E> {
  exercise: E;
  stored: AnswerValue | undefined;
  input: BookletInput;
}
