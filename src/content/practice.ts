// The practice app's content (modules/oefenen.yml), loaded only when the practice app opens.
import type { PracticeData } from './types.ts';

export async function loadPracticeData(): Promise<PracticeData | null> {
  return (await import('virtual:workbook/practice')).default;
}
