import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { AppContext } from '../../src/app/context.ts';
import type { Language } from '../../src/content/types.ts';
import { changeLanguage, initI18n } from '../../src/i18n/index.ts';

/** Renders a screen as the app does: with the language context and a router location. */
export async function renderScreen(ui: ComponentChildren, { path = '/', language = 'nl' as Language } = {}) {
  history.replaceState(null, '', path);
  const t = language === 'nl' ? await initI18n('nl') : (await initI18n('nl'), await changeLanguage(language));
  return render(
    <AppContext.Provider value={{ language, t, setLanguage: () => {} }}>
      <LocationProvider>{ui}</LocationProvider>
    </AppContext.Provider>,
  );
}
