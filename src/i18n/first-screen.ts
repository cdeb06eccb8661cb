// The sections of nl.json that the first screen shows (first-start question, home, header,
// banners). Only these are in the first screen's JavaScript; everything else is loaded with the
// other screens. A new string: add it to nl.json and en.json in your own section; only when it
// appears on the first screen, add that section here too. The budget test
// (tests/e2e/budget.spec.ts) tells when the first screen grows too large. The two lists below are
// the same on purpose: named imports keep the rest of nl.json out of the first screen's chunk.
import {
  a11y,
  firstRun,
  glossary,
  home,
  homeScreenTip,
  nav,
  notFound,
  route,
  safety,
  status,
  storage,
  themes,
  top3,
  update,
} from './locales/nl.json';

export const firstScreenStrings = {
  a11y,
  firstRun,
  glossary,
  home,
  homeScreenTip,
  nav,
  notFound,
  route,
  safety,
  status,
  storage,
  themes,
  top3,
  update,
};
