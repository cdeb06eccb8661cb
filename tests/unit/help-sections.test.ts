// "Hulp nodig?" shows the help pages of "Als het misgaat", now that short pages split them up.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/pipeline/compile.ts';
import { helpSections } from '../../src/screens/help/HelpScreen.tsx';

const { modules } = compileWorkbook(resolve('modules'));
const texts = modules.find((m) => m.meta.id === 'als-het-misgaat')!.texts;

describe('the help screen', () => {
  it('shows the helplines and the own list of contacts, not the exercises before them', () => {
    expect(helpSections(texts.nl!.sections).map((s) => s.title)).toEqual([
      'Hulp nodig?',
      'Als je met iemand wilt praten',
      'Hulp bij problemen online',
      'Mijn eigen lijst',
    ]);
    expect(helpSections(texts.en!.sections).map((s) => s.title)).toEqual([
      'Need help?',
      'When you want to talk to someone',
      'Help with problems online',
      'My own list',
    ]);
  });
});
