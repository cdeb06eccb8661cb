// The practice app's content (modules/oefenen.yml), loaded only when the practice app opens.
// Each language is a chunk of its own (assets/<lang>/practice-data-….js) holding only that
// language's texts; Dutch (precached) when another language is not on the device.
import type { Language, PracticeData } from './types.ts';

const perLanguage: Record<Language, () => Promise<{ default: PracticeData | null }>> = {
  nl: () => import('virtual:workbook/practice/nl'),
  en: () => import('virtual:workbook/practice/en'),
};

export async function loadPracticeData(language: Language): Promise<PracticeData | null> {
  try {
    return (await perLanguage[language]()).default;
  } catch (error) {
    if (language === 'nl') throw error;
    return (await perLanguage.nl()).default;
  }
}
