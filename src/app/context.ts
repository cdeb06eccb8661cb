import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TFunction } from '../i18n/index.ts';
import type { Language } from '../content/types.ts';

export interface AppContextValue {
  language: Language;
  t: TFunction;
  setLanguage: (language: Language) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() needs <AppContext.Provider> around the app (see src/app/App.tsx)');
  return value;
}

export const useT = (): TFunction => useApp().t;
