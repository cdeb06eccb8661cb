import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { modules } from '../../src/content/workbook.ts';
import { Header } from '../../src/app/Header.tsx';
import { AnswersScreen } from '../../src/screens/answers/AnswersScreen.tsx';
import { HomeScreen } from '../../src/screens/home/HomeScreen.tsx';
import { ModuleScreen } from '../../src/screens/module/ModuleScreen.tsx';
import { chooseMode, flushAnswers, saveAnswer, saveProgress, saveTop3 } from '../../src/storage/index.ts';
import { renderScreen } from './render-app.tsx';
import { wipeDevice } from '../wipe-device.ts';

const MODULE = 'jezelf-laten-zien';

beforeEach(async () => {
  await wipeDevice();
  await chooseMode('own');
});

describe('home screen', () => {
  it('shows every module as a card with minutes, themes and progress, and the top 3 pinned at the top', async () => {
    await saveTop3([{ text: 'Eerst ademhalen, dan posten.', addedAt: 1 }]);
    await saveProgress({ moduleId: 'aan-de-slag', page: 3, furthest: 3, done: true });
    await saveProgress({ moduleId: MODULE, page: 1, furthest: 1, done: false });
    await renderScreen(<HomeScreen />);

    const workbook = modules.filter((m) => m.kind === 'workbook');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(workbook.length));
    const card = screen.getByRole('article', { name: /Jezelf laten zien/ });
    await waitFor(() => expect(within(card).getByText(/Mee bezig/)).toBeTruthy());
    expect(within(card).getByText(/ongeveer \d+ minuten/)).toBeTruthy();
    expect(within(screen.getByRole('article', { name: /Aan de slag/ })).getByText(/Klaar/)).toBeTruthy();
    expect(within(screen.getByRole('article', { name: /Privacy/ })).getByText(/Nog niet begonnen/)).toBeTruthy();
    expect(within(card).getByText('Wie ben ik')).toBeTruthy();

    const top3 = screen.getByRole('region', { name: 'Mijn top 3' });
    await within(top3).findByText('Eerst ademhalen, dan posten.');
    // The top 3 comes before the modules.
    expect(top3.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect((await screen.findByRole('link', { name: /Ga verder: Jezelf laten zien/ })).getAttribute('href')).toBe(`/module/${MODULE}/2`);
  });
});

describe('module screen', () => {
  async function findPageWithReflection(): Promise<{ page: number; textarea: HTMLTextAreaElement }> {
    for (let page = 1; page <= 8; page++) {
      // The page's progress is shown in the top bar (the Header).
      const view = await renderScreen(
        <>
          <Header />
          <ModuleScreen id={MODULE} page={String(page)} />
        </>,
        { path: `/module/${MODULE}/${page}` },
      );
      await screen.findByText(new RegExp(`Pagina ${page} van`));
      const textarea = document.querySelector('textarea');
      if (textarea) return { page, textarea };
      view.unmount();
    }
    throw new Error('no reflection question');
  }

  it('shows one page with its progress, saves what is typed and shows it again later', async () => {
    const { page, textarea } = await findPageWithReflection();
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe(String(page));
    fireEvent.input(textarea, { target: { value: 'Mijn eerlijke antwoord' } });
    await waitFor(() => expect(screen.getByText(/Bewaard op dit apparaat/)).toBeTruthy(), { timeout: 2000 });

    document.body.innerHTML = '';
    await renderScreen(<ModuleScreen id={MODULE} page={String(page)} />, { path: `/module/${MODULE}/${page}` });
    await waitFor(() => expect(document.querySelector('textarea')?.value).toBe('Mijn eerlijke antwoord'));
  });

  it('without a page in the address, goes on where the module was left; gone elsewhere first, stays there', async () => {
    await saveProgress({ moduleId: MODULE, page: 2, furthest: 2, done: false });
    await renderScreen(<ModuleScreen id={MODULE} />, { path: `/module/${MODULE}` });
    await waitFor(() => expect(location.pathname).toBe(`/module/${MODULE}/3`));

    document.body.innerHTML = '';
    await renderScreen(<ModuleScreen id={MODULE} />, { path: `/module/${MODULE}` });
    // A quick tap elsewhere: the address changes before this screen renders again.
    history.pushState(null, '', '/help');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(location.pathname).toBe('/help');
  });

  it('shows the Dutch text with a notice when a module has no English text', async () => {
    const dutchOnly = modules.find((m) => !m.languages.includes('en'));
    if (!dutchOnly) return expect(modules.every((m) => m.languages.includes('en'))).toBe(true);
    await renderScreen(<ModuleScreen id={dutchOnly.id} page="1" />, { language: 'en' });
    await screen.findByText(/not yet available in English/);
  });
});

describe('my answers', () => {
  it('groups answers by module, shows text as text, and keeps answers to removed exercises under "older answers"', async () => {
    saveAnswer({
      moduleId: MODULE,
      exerciseId: 'verwijderde-vraag',
      prompt: 'Een vraag die er niet meer is',
      value: { kind: 'text', text: 'oud antwoord' },
    });
    const reflection = modules.find((m) => m.id === MODULE)!.exercises.find((e) => e.kind === 'reflection')!;
    saveAnswer({
      moduleId: MODULE,
      exerciseId: reflection.id,
      prompt: 'x',
      value: { kind: 'text', text: '<img src=x onerror=alert(1)> gewoon tekst' },
    });
    await flushAnswers();
    await renderScreen(<AnswersScreen />);

    const group = await screen.findByRole('region', { name: 'Jezelf laten zien' });
    expect(within(group).getByText('<img src=x onerror=alert(1)> gewoon tekst')).toBeTruthy();
    expect(group.querySelector('img')).toBeNull();
    expect(within(group).getByRole('heading', { name: 'Oudere antwoorden' })).toBeTruthy();
    expect(within(group).getByText('Een vraag die er niet meer is')).toBeTruthy();
    expect(within(group).getByText('oud antwoord')).toBeTruthy();
  });

  it('says so when there are no answers yet', async () => {
    await renderScreen(<AnswersScreen />);
    await screen.findByText(/Je hebt nog geen antwoorden/);
  });
});
