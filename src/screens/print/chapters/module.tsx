// A module as a chapter: its title, its sections, and every block as units.
import type { AsideBlock, Block, Inline, ModuleText } from '../../../content/types.ts';
import { exercisePieces } from '../exercises/index.tsx';
import { boxUnits, Definition, textPieces, unit } from '../paper.tsx';
import type { BookletInput, BookletModule, Chapter, Piece, RouteStep, Unit } from '../types.ts';

export function moduleChapter(module: BookletModule, input: BookletInput): Chapter {
  const { t } = input;
  const { text } = module;
  const id = `module-${text.id}`;
  const units: Unit[] = [
    unit(
      `${id}-head`,
      () => (
        <header class="pb-chapter-head" lang={text.lang}>
          {module.picture && <img class="pb-picture" src={module.picture} alt="" />}
          <p class="pb-part">{t('print.part', { number: module.number })}</p>
          <h2 class="pb-chapter-title">{text.title}</h2>
          <p class="pb-summary">{module.summary}</p>
        </header>
      ),
      { keep: true, className: 'pu-chapter' },
    ),
  ];
  // The trainer's edition: a module's notes come first, so the trainer reads them before the module.
  if (input.trainer) {
    if (module.themes.length > 0) {
      units.push(
        unit(`${id}-chime`, () => <p class="pb-hint">{t('course.chime', { themes: module.themes.join(', ') })}</p>, {
          keep: true,
          className: 'pu-gap-block',
        }),
      );
    }
    text.sections.forEach((section, sectionIndex) =>
      section.blocks.forEach((block, blockIndex) => {
        if (block.t === 'trainer') units.push(...blockUnits(block, `${id}-s${sectionIndex}-b${blockIndex}`, text, input, null));
      }),
    );
  }
  text.sections.forEach((section, sectionIndex) => {
    const blocks = section.blocks.filter((block) => block.t !== 'trainer');
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
      const key = `${id}-s${sectionIndex}-b${blockIndex}`;
      if (input.route && isListOfModules(block, input.moduleTitles)) units.push(...routeUnits(key, input.route, input));
      else units.push(...blockUnits(block, key, text, input, title));
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

/** "Your route through the workbook" lists every module as "**Title**: …": it is recognised by those titles. */
function isListOfModules(block: Block, titles: readonly string[]): boolean {
  if (block.t !== 'ul') return false;
  const named = block.items.filter((item) => {
    const first = item[0];
    const start: Inline | undefined = first?.t === 'p' ? first.c[0] : undefined;
    if (!start || typeof start === 'string' || start.t !== 'strong') return false;
    const label = start.c.map((inline) => (typeof inline === 'string' ? inline : '')).join('');
    return titles.some((title) => label.replace(/:\s*$/, '').trim() === title);
  });
  return named.length >= 3 && named.length * 2 >= block.items.length;
}

/** The course's own route: per session, the modules in the order of the course plan. */
function routeUnits(key: string, route: readonly RouteStep[], input: BookletInput): Unit[] {
  return route.map((step, index) =>
    unit(
      `${key}-route-${index}`,
      () => (
        <div class="pb-route-step" lang={input.language}>
          <p class="pb-route-label">{step.label}</p>
          <ol class="pb-list pb-list-end">
            {step.titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ol>
        </div>
      ),
      { className: 'pu-gap-block' },
    ),
  );
}
