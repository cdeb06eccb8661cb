// The booklet as a list of chapters, each a list of pieces ("units") that the print view
// measures and lays out on pages (see paginate.ts). A unit never breaks over two pages, so an
// exercise is one unit with its question; long texts (a story, a trainer note, a long answer)
// are several units that together draw one box. Everything is built as Preact elements: no
// module text or answer is ever read as HTML.
import type { VNode } from 'preact';
import type { TFunction } from '../../i18n/index.ts';
import type {
  AsideBlock,
  Block,
  ContactsExercise,
  Exercise,
  GlossaryTerm,
  Inline,
  Language,
  ListExercise,
  ModuleText,
  ReflectionExercise,
  ScaleExercise,
  ScenarioExercise,
  TextBlock,
} from '../../content/types.ts';
import type { AnswerValue, ContactRow, Top3Item } from '../../storage/index.ts';
import { Inlines, OnPaper } from '../../ui/RichText.tsx';
import { Face } from '../../ui/Face.tsx';
import { answerPieces, writingLines, type Edition } from './options.ts';

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

export type ChapterKind = 'contents' | 'module' | 'glossary' | 'top3';

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
}

export interface Booklet {
  cover: () => VNode;
  /** The table of contents, given the page each chapter starts on (unknown while measuring). */
  contents: (pageOf: (chapterId: string) => number | undefined) => Chapter;
  chapters: Chapter[];
}

export function buildBooklet(input: BookletInput): Booklet {
  const chapters: Chapter[] = input.modules.map((module) => moduleChapter(module, input));
  if (input.glossary) chapters.push(glossaryChapter(input.glossary, input));
  chapters.push(top3Chapter(input));
  return {
    cover: () => <Cover input={input} />,
    contents: (pageOf) => contentsChapter(chapters, input, pageOf),
    chapters,
  };
}

export function answerKeyOf(moduleId: string, exerciseId: string): string {
  return `${moduleId}/${exerciseId}`;
}

// ——— Building units ———

interface UnitOptions {
  keep?: boolean;
  className?: string;
  group?: string;
}

function unit(key: string, render: () => VNode, { keep = false, className = '', group }: UnitOptions = {}): Unit {
  return { key, keep, className, group, render };
}

/** Pieces of one box (story, trainer note, exercise…): each a unit, drawn as one box together. */
function boxUnits(key: string, variant: string, pieces: readonly Piece[], lang?: Language): Unit[] {
  return pieces.map((piece, index) => {
    const first = index === 0;
    const last = index === pieces.length - 1;
    const place = `${first ? ' box-first' : ''}${last ? ' box-last' : ''}`;
    return unit(
      `${key}-${index}`,
      () => (
        <div class={`pb-box pb-${variant} gap-${piece.gap}${place}`} lang={lang}>
          {piece.render()}
        </div>
      ),
      {
        keep: piece.keep && !last,
        className: `pu-seg${first ? ' pu-seg-first' : ''}${last ? ' pu-seg-last' : ''}`,
        group: pieces.length > 1 ? key : undefined,
      },
    );
  });
}

interface Piece {
  keep: boolean;
  /** The space under it: small between the items of a list. */
  gap: 'item' | 'block';
  render: () => VNode;
}

/** A text block in pieces that can go on a new page: a list goes item by item. */
function textPieces(block: TextBlock, depth: number): Piece[] {
  if (block.t === 'ul' || block.t === 'ol') {
    const List = block.t;
    return block.items.map((item, index) => ({
      keep: false,
      gap: index === block.items.length - 1 ? 'block' : 'item',
      render: () => (
        <List class={`pb-list${index === block.items.length - 1 ? ' pb-list-end' : ''}`} start={List === 'ol' ? index + 1 : undefined}>
          <li>
            <PrintBlocks blocks={item} depth={depth} />
          </li>
        </List>
      ),
    }));
  }
  return [{ keep: block.t === 'h' || isBoldLine(block), gap: 'block', render: () => <PrintBlock block={block} depth={depth} /> }];
}

/** A paragraph that is only bold text works as a small heading ("**Goal**" in trainer notes). */
function isBoldLine(block: TextBlock): boolean {
  return block.t === 'p' && block.c.length === 1 && typeof block.c[0] === 'object' && block.c[0].t === 'strong';
}

function moduleChapter(module: BookletModule, input: BookletInput): Chapter {
  const { t } = input;
  const { text } = module;
  const id = `module-${text.id}`;
  const units: Unit[] = [
    unit(
      `${id}-head`,
      () => (
        <header class="pb-chapter-head" lang={text.lang}>
          <p class="pb-part">{t('print.part', { number: module.number })}</p>
          <h2 class="pb-chapter-title">{text.title}</h2>
          <p class="pb-summary">{module.summary}</p>
        </header>
      ),
      { keep: true, className: 'pu-chapter' },
    ),
  ];
  text.sections.forEach((section, sectionIndex) => {
    const blocks = section.blocks.filter((block) => block.t !== 'trainer' || input.trainer);
    if (blocks.length === 0) return;
    const title = section.title;
    if (title) {
      units.push(
        unit(`${id}-s${sectionIndex}`, () => <h3 lang={text.lang}>{title}</h3>, {
          keep: true,
          className: 'pu-section',
        }),
      );
    }
    blocks.forEach((block, blockIndex) => {
      units.push(...blockUnits(block, `${id}-s${sectionIndex}-b${blockIndex}`, text, input, title));
    });
  });
  return { id, kind: 'module', title: text.title, number: module.number, lang: text.lang, units };
}

function blockUnits(block: Block, key: string, text: ModuleText, input: BookletInput, sectionTitle: string | null): Unit[] {
  const { t } = input;
  const lang = text.lang;
  switch (block.t) {
    case 'reflection':
    case 'checklist':
    case 'choose':
    case 'scale':
    case 'scenario':
    case 'contacts':
      return boxUnits(key, 'exercise', exercisePieces(block, text.id, input), lang);
    case 'tip':
      return boxUnits(
        key,
        'tip',
        [
          {
            keep: false,
            gap: 'block',
            render: () => (
              <>
                <p class="pb-label">{t('exercise.tip')}</p>
                <p class="pb-tip-text">{block.text}</p>
              </>
            ),
          },
        ],
        lang,
      );
    case 'story':
    case 'remember':
    case 'note':
    case 'trainer':
      return boxUnits(key, block.t, asidePieces(block, input, sectionTitle), lang);
    case 'definition':
      return [unit(key, () => <Definition term={block} lang={lang} />)];
    case 'try':
      // The practice app lives on the screen only.
      return [];
    default:
      return textPieces(block, 0).map((piece, index) =>
        unit(`${key}-${index}`, () => <div lang={lang}>{piece.render()}</div>, { keep: piece.keep, className: `pu-gap-${piece.gap}` }),
      );
  }
}

function asidePieces(block: AsideBlock, input: BookletInput, sectionTitle: string | null): Piece[] {
  const { t } = input;
  const label =
    block.t === 'story'
      ? block.name
        ? t('aside.storyBy', { name: block.name })
        : t('aside.story')
      : block.t === 'trainer'
        ? t('print.trainerNote')
        : t(`aside.${block.t}`);
  // "Onthoud" under the heading "Onthoud" is said once.
  const showLabel = !(sectionTitle && sectionTitle.trim().toLowerCase() === label.toLowerCase());
  const pieces = block.c.flatMap((child) => textPieces(child, 1));
  const first = pieces[0];
  if (!showLabel || !first) return pieces;
  return [
    {
      keep: first.keep,
      gap: first.gap,
      render: () => (
        <>
          <p class="pb-label">{label}</p>
          {first.render()}
        </>
      ),
    },
    ...pieces.slice(1),
  ];
}

// ——— Exercises ———

function exercisePieces(exercise: Exercise, moduleId: string, input: BookletInput): Piece[] {
  const stored = input.edition === 'mine' ? input.answers.get(answerKeyOf(moduleId, exercise.id)) : undefined;
  switch (exercise.t) {
    case 'reflection':
      return reflectionPieces(exercise, stored, input);
    case 'checklist':
    case 'choose':
      return [{ keep: false, gap: 'block', render: () => <PickListPrint exercise={exercise} stored={stored} input={input} /> }];
    case 'scale':
      return [{ keep: false, gap: 'block', render: () => <ScalePrint exercise={exercise} stored={stored} input={input} /> }];
    case 'scenario':
      return [{ keep: false, gap: 'block', render: () => <ScenarioPrint exercise={exercise} stored={stored} input={input} /> }];
    case 'contacts':
      return [{ keep: false, gap: 'block', render: () => <ContactsPrint exercise={exercise} stored={stored} input={input} /> }];
  }
}

function reflectionPieces(exercise: ReflectionExercise, stored: AnswerValue | undefined, input: BookletInput): Piece[] {
  const { t } = input;
  const answer = stored?.kind === 'text' ? answerPieces(stored.text) : [];
  const question = () => (
    <>
      <p class="pb-label">{t('exercise.reflection')}</p>
      <p class="pb-question">
        <PrintInlines content={exercise.prompt} />
      </p>
      {exercise.hint.length > 0 && (
        <div class="pb-hint">
          <PrintBlocks blocks={exercise.hint} depth={1} />
        </div>
      )}
    </>
  );
  if (answer.length === 0) {
    return [
      {
        keep: false,
        gap: 'block',
        render: () => (
          <>
            {question()}
            <WritingLines count={writingLines(exercise.lines)} />
          </>
        ),
      },
    ];
  }
  // The question with the start of the answer; the rest of a long answer may go on over the page.
  return answer.map((paragraph, index) => ({
    keep: false,
    gap: 'block',
    render: () => (
      <>
        {index === 0 && question()}
        <p class="pb-answer">{paragraph}</p>
      </>
    ),
  }));
}

function WritingLines({ count }: { count: number }) {
  return (
    <div class="pb-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} class="pb-line" />
      ))}
    </div>
  );
}

function Mark({ on, shape = 'box' }: { on: boolean; shape?: 'box' | 'circle' }) {
  return (
    <span class={`pb-mark pb-mark-${shape}${on ? ' on' : ''}`} aria-hidden="true">
      {on ? '✓' : ''}
    </span>
  );
}

interface ExerciseProps<E> {
  exercise: E;
  stored: AnswerValue | undefined;
  input: BookletInput;
}

function PickListPrint({ exercise, stored, input }: ExerciseProps<ListExercise>) {
  const { t } = input;
  const picked = new Set(stored?.kind === 'picked' ? stored.picked : []);
  const isChoose = exercise.t === 'choose';
  return (
    <>
      <p class="pb-label">{isChoose ? t('exercise.choose', { count: exercise.pick }) : t('exercise.checklist')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      {input.edition === 'blank' && <p class="pb-hint">{isChoose ? t('print.tickMost', { count: exercise.pick }) : t('print.tickAll')}</p>}
      <ul class="pb-options">
        {exercise.options.map((option, index) => (
          <li key={index} class={picked.has(index) ? 'picked' : undefined}>
            <Mark on={picked.has(index)} />
            <span>
              <PrintInlines content={option} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function ScalePrint({ exercise, stored, input }: ExerciseProps<ScaleExercise>) {
  const { t } = input;
  const chosen = stored?.kind === 'scale' ? stored.value : null;
  return (
    <>
      <p class="pb-label">{t('exercise.scale')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      {input.edition === 'blank' && <p class="pb-hint">{t('print.circle')}</p>}
      <ol class="pb-scale" style={{ '--steps': exercise.labels.length }}>
        {exercise.labels.map((label, index) => (
          <li key={index} class={chosen === index ? 'picked' : undefined}>
            {exercise.faces && <Face step={index} />}
            <span class="pb-scale-number">{index + 1}</span>
            <span class="pb-scale-label">
              <PrintInlines content={label} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function ScenarioPrint({ exercise, stored, input }: ExerciseProps<ScenarioExercise>) {
  const { t } = input;
  const chosen = stored?.kind === 'scenario' ? stored.choice : null;
  const chosenChoice = chosen === null ? undefined : exercise.choices[chosen];
  return (
    <>
      <p class="pb-label">{t('exercise.scenario')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      {input.edition === 'blank' && <p class="pb-hint">{t('print.tickScenario')}</p>}
      <ul class="pb-options">
        {exercise.choices.map((choice, index) => (
          <li key={index} class={chosen === index ? 'picked' : undefined}>
            <Mark on={chosen === index} />
            <span>
              <PrintInlines content={choice.label} />
              {chosen === index && <span class="pb-your-choice"> ({t('print.yourChoice')})</span>}
              {input.trainer && (
                <span class="pb-choice-feedback">
                  <span class="pb-choice-feedback-label">{t('print.feedbackFor')}: </span>
                  <PrintInlines content={choice.feedback} />
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {chosenChoice && !input.trainer && (
        <div class="pb-feedback">
          <p class="pb-feedback-title">{t('exercise.feedback')}</p>
          <p>
            <PrintInlines content={chosenChoice.feedback} />
          </p>
        </div>
      )}
    </>
  );
}

const EMPTY_CONTACT: ContactRow = { name: '', phone: '', note: '' };

function ContactsPrint({ exercise, stored, input }: ExerciseProps<ContactsExercise>) {
  const { t } = input;
  const filled = stored?.kind === 'contacts' ? stored.rows : [];
  // Room for three people, and always for one more.
  const rows = [...filled, ...Array.from({ length: Math.max(3 - filled.length, 1) }, () => EMPTY_CONTACT)];
  return (
    <>
      <p class="pb-label">{t('exercise.contacts')}</p>
      <div class="pb-question">
        <PrintBlocks blocks={exercise.prompt} depth={1} />
      </div>
      <ol class="pb-contacts">
        {rows.map((row, index) => (
          <li key={index}>
            <p class="pb-contact-person">{t('contacts.person', { number: index + 1 })}</p>
            <div class="pb-fields">
              <Field label={t('contacts.name')} value={row.name} />
              <Field label={t('contacts.phone')} value={row.phone} />
              <Field label={t('contacts.note')} value={row.note} wide />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function Field({ label, value, wide = false }: { label: string; value: string; wide?: boolean }) {
  return (
    <p class={`pb-field${wide ? ' wide' : ''}`}>
      <span class="pb-field-label">{label}</span>
      <span class="pb-field-value">{value || '\u00a0'}</span>
    </p>
  );
}

function Definition({ term, lang }: { term: GlossaryTerm; lang: Language }) {
  return (
    <div class="pb-definition" lang={lang}>
      <p class="pb-definition-name">{term.name}</p>
      <PrintBlocks blocks={term.c} depth={1} />
    </div>
  );
}

// ——— Other chapters ———

function glossaryChapter(text: ModuleText, input: BookletInput): Chapter {
  const id = 'glossary';
  const units: Unit[] = [
    unit(
      `${id}-head`,
      () => (
        <header class="pb-chapter-head" lang={text.lang}>
          <h2 class="pb-chapter-title">{text.title}</h2>
          <p class="pb-summary" lang={input.language}>
            {input.t('print.glossaryIntro')}
          </p>
        </header>
      ),
      { keep: true, className: 'pu-chapter' },
    ),
  ];
  text.sections.forEach((section, sectionIndex) => {
    const terms = section.blocks.filter((block): block is GlossaryTerm => block.t === 'definition');
    if (terms.length === 0) return;
    const title = section.title;
    if (title) units.push(unit(`${id}-s${sectionIndex}`, () => <h3 lang={text.lang}>{title}</h3>, { keep: true, className: 'pu-section' }));
    terms.forEach((term) =>
      units.push(unit(`${id}-${term.id}`, () => <Definition term={term} lang={text.lang} />, { className: 'pu-definition' })),
    );
  });
  return { id, kind: 'glossary', title: text.title, lang: text.lang, units };
}

function top3Chapter(input: BookletInput): Chapter {
  const { t } = input;
  const items = input.edition === 'mine' ? input.top3.slice(0, 3) : [];
  const name = input.edition === 'mine' ? input.name : null;
  const id = 'top3';
  const title = t('top3.title');
  return {
    id,
    kind: 'top3',
    title,
    lang: input.language,
    units: [
      unit(
        `${id}-head`,
        () => (
          <header class="pb-chapter-head">
            <h2 class="pb-chapter-title">{title}</h2>
            <p class="pb-summary">{t(input.edition === 'mine' ? 'print.top3Intro' : 'print.top3IntroBlank')}</p>
          </header>
        ),
        { keep: true, className: 'pu-chapter' },
      ),
      unit(`${id}-card`, () => (
        <div class="pb-cut">
          <p class="pb-cut-label" aria-hidden="true">
            <span class="pb-scissors">✂</span> {t('print.cutHere')}
          </p>
          <div class="pb-card">
            <p class="pb-card-title">{name ? t('print.top3Of', { name }) : title}</p>
            <ol class="pb-card-list">
              {[0, 1, 2].map((index) => {
                const item = items[index];
                return (
                  <li key={index}>
                    <span class="pb-card-number">{index + 1}</span>
                    {item ? <span class="pb-card-text">{item.text}</span> : <WritingLines count={2} />}
                  </li>
                );
              })}
            </ol>
            <p class="pb-card-foot">Zinvol Online</p>
          </div>
        </div>
      )),
    ],
  };
}

function contentsChapter(chapters: readonly Chapter[], input: BookletInput, pageOf: (chapterId: string) => number | undefined): Chapter {
  const { t } = input;
  const id = 'contents';
  const title = t('print.contents');
  return {
    id,
    kind: 'contents',
    title,
    lang: input.language,
    units: [
      unit(`${id}-head`, () => <h2 class="pb-chapter-title pb-contents-title">{title}</h2>, { keep: true, className: 'pu-chapter' }),
      ...chapters.map((chapter) =>
        unit(
          `${id}-${chapter.id}`,
          () => (
            <p class={`pb-toc-row pb-toc-${chapter.kind}`}>
              <span class="pb-toc-number">{chapter.number ?? ''}</span>
              <span class="pb-toc-title" lang={chapter.lang}>
                {chapter.title}
              </span>
              <span class="pb-toc-dots" aria-hidden="true" />
              <span class="pb-toc-page">{pageOf(chapter.id) ?? ''}</span>
            </p>
          ),
          { className: 'pu-toc' },
        ),
      ),
    ],
  };
}

function Cover({ input }: { input: BookletInput }) {
  const { t, edition, name } = input;
  const date = new Intl.DateTimeFormat(input.language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(input.date);
  return (
    <div class="pb-cover">
      <div class="pb-cover-top">
        <p class="pb-cover-edition">{edition === 'mine' ? t('print.mineEdition') : input.trainer ? t('print.trainerEdition') : '\u00a0'}</p>
        <h2 class="pb-cover-title">Zinvol Online</h2>
        <p class="pb-cover-subtitle">{t('print.bookSubtitle')}</p>
        {edition === 'mine' && input.trainer && <p class="pb-cover-edition-extra">{t('print.trainerEdition')}</p>}
      </div>
      <div class="pb-cover-art" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <div class="pb-cover-bottom">
        {edition === 'mine' ? (
          <>
            {name && <p class="pb-cover-owner">{t('print.ownerIs', { name })}</p>}
            <p class="pb-cover-date">{t('print.printedOn', { date })}</p>
          </>
        ) : (
          <>
            <p class="pb-cover-owner">{t('print.ownerLine')}</p>
            <div class="pb-line pb-cover-line" />
          </>
        )}
      </div>
    </div>
  );
}

// ——— Module text, for paper ———

/** Module text for paper: links as readable addresses, glossary words as plain words. */
export function PrintInlines({ content }: { content: readonly Inline[] }) {
  return (
    <OnPaper.Provider value={true}>
      <Inlines content={content} />
    </OnPaper.Provider>
  );
}

function PrintBlocks({ blocks, depth }: { blocks: readonly TextBlock[]; depth: number }) {
  return (
    <>
      {blocks.map((block, index) => (
        <PrintBlock key={index} block={block} depth={depth} />
      ))}
    </>
  );
}

/** depth 0: in the running text of a module (### is h4); deeper: inside a box (no headings). */
function PrintBlock({ block, depth }: { block: TextBlock; depth: number }) {
  switch (block.t) {
    case 'p':
      return (
        <p>
          <PrintInlines content={block.c} />
        </p>
      );
    case 'h': {
      if (depth > 0)
        return (
          <p class="pb-subheading">
            <PrintInlines content={block.c} />
          </p>
        );
      const Tag = block.level === 3 ? 'h4' : 'h5';
      return (
        <Tag>
          <PrintInlines content={block.c} />
        </Tag>
      );
    }
    case 'ul':
    case 'ol': {
      const List = block.t;
      return (
        <List class="pb-list pb-list-end">
          {block.items.map((item, index) => (
            <li key={index}>
              <PrintBlocks blocks={item} depth={depth + 1} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <PrintBlocks blocks={block.c} depth={depth + 1} />
        </blockquote>
      );
    case 'hr':
      return <hr />;
  }
}
