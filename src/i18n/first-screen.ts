// The sections of nl.json that the first screen shows (first-start question, home, header,
// banners). Only these are in the first screen's JavaScript (`nl.json?first`); the rest of
// nl.json (`nl.json?rest`) is loaded with the other screens, so no Dutch string is stored twice
// (see the `zinvol-json-parts` plugin in vite.config.ts). A new string: add it to nl.json and
// en.json in your own section; only when it appears on the first screen, add that section here
// too. The budget test (tests/e2e/budget.spec.ts) tells when the first screen grows too large.
export const FIRST_SCREEN_SECTIONS = [
  'a11y',
  'firstRun',
  'glossary',
  'home',
  'homeRead',
  'homeScreenTip',
  'nav',
  'notFound',
  'route',
  'safety',
  'status',
  'storage',
  'themes',
  'top3',
  'update',
];
