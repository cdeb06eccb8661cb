// The booklet as a list of chapters, each a list of pieces ("units") that the print view
// measures and lays out on pages (see paginate.ts). A unit never breaks over two pages, so an
// exercise is one unit with its question; long texts (a story, a trainer note, a long answer)
// are several units that together draw one box. Everything is built as Preact elements: no
// module text or answer is ever read as HTML.
import { contentsChapter } from './chapters/contents.tsx';
import { courseChapter } from './chapters/course.tsx';
import { Cover } from './chapters/Cover.tsx';
import { glossaryChapter } from './chapters/glossary.tsx';
import { moduleChapter } from './chapters/module.tsx';
import { sourcesChapter } from './chapters/sources.tsx';
import { top3Chapter } from './chapters/top3.tsx';
import type { Booklet, BookletInput, Chapter } from './types.ts';

export type { Booklet, BookletInput, BookletModule, Chapter, ChapterKind, RouteStep, Unit } from './types.ts';
export { answerKeyOf } from './paper.tsx';

export function buildBooklet(input: BookletInput): Booklet {
  const course = courseChapter(input);
  const chapters: Chapter[] = [...(course ? [course] : []), ...input.modules.map((module) => moduleChapter(module, input))];
  if (input.glossary) chapters.push(glossaryChapter(input.glossary, input));
  const sources = sourcesChapter(input);
  if (sources) chapters.push(sources);
  chapters.push(top3Chapter(input));
  return {
    cover: () => <Cover input={input} />,
    contents: (pageOf) => contentsChapter(chapters, input, pageOf),
    chapters,
  };
}
