import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { AppContext } from '../../src/app/context.ts';
import type { Language } from '../../src/content/types.ts';
import { changeLanguage, initI18n, loadScreenStrings, type TFunction } from '../../src/i18n/index.ts';
import { SessionContext } from '../../src/app/session.ts';
import { chooseMode, sessionState } from '../../src/storage/index.ts';

/**
 * Renders a screen as the app does on a client's own device: language, session and router location.
 * `t`: render with this lookup instead of i18next's (e.g. only the first screen's strings).
 */
export async function renderScreen(
  ui: ComponentChildren,
  { path = '/', language = 'nl' as Language, t: givenT }: { path?: string; language?: Language; t?: TFunction } = {},
) {
  history.replaceState(null, '', path);
  const i18nextT = language === 'nl' ? await initI18n('nl') : (await initI18n('nl'), await changeLanguage(language));
  await loadScreenStrings();
  const t = givenT ?? i18nextT;
  let session = await sessionState();
  if (!session.active) {
    await chooseMode('own');
    session = await sessionState();
  }
  return render(
    <AppContext.Provider value={{ language, t, setLanguage: () => {} }}>
      <SessionContext.Provider value={session}>
        <LocationProvider>{ui}</LocationProvider>
      </SessionContext.Provider>
    </AppContext.Provider>,
  );
}
