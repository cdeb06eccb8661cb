// A module page paints before i18next and the rest of the strings have loaded (src/app/App.tsx),
// with the first screen's Dutch strings alone (src/i18n/first-screen.ts). Every key it asks for
// on any page of any module must be among them, or a client would see a raw key like
// "exercise.placeholder" for a moment.
import { cleanup, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { modules, loadModuleText } from '../../src/content/workbook.ts';
import { Header } from '../../src/app/Header.tsx';
import firstScreenStrings from '../../src/i18n/locales/nl.json?first';
import { smallT, type TFunction } from '../../src/i18n/small-t.ts';
import { ModuleScreen } from '../../src/screens/module/ModuleScreen.tsx';
import { chooseMode } from '../../src/storage/index.ts';
import { renderScreen } from './render-app.tsx';
import { wipeDevice } from '../wipe-device.ts';

beforeEach(async () => {
  await wipeDevice();
  await chooseMode('own');
});

/** The first screen's lookup, noting every key it does not have. */
function recordingT(missing: Set<string>): TFunction {
  const small = smallT('nl', [firstScreenStrings]);
  return (key, options) => {
    const text = small(key, options);
    if (text === key) missing.add(key);
    return text;
  };
}

describe('a module page opened first', () => {
  it('needs no string outside the first screen’s, on any page of any module', async () => {
    const missing = new Set<string>();
    let pages = 0;
    for (const meta of modules.filter((m) => m.kind !== 'course')) {
      const loaded = await loadModuleText(meta.id, 'nl');
      const count = meta.kind === 'glossary' ? 1 : (loaded?.text.sections.length ?? 0);
      for (let page = 1; page <= count; page++) {
        await renderScreen(
          <>
            <Header />
            <ModuleScreen id={meta.id} page={String(page)} />
          </>,
          { path: `/module/${meta.id}/${page}`, t: recordingT(missing) },
        );
        // The page is there when its heading is (and its answer boxes are enabled once read).
        await screen.findAllByRole('heading', { level: 1 });
        await new Promise((resolve) => setTimeout(resolve, 0));
        pages++;
        cleanup();
      }
    }
    expect(pages).toBeGreaterThan(50);
    expect([...missing]).toEqual([]);
  });
});
