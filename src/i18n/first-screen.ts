// The sections of nl.json that a first screen shows: the first-start question, home, header and
// banners, and a module page (opened by a link, or by "Ga verder" after a cold start, it paints
// before i18next is loaded). Only these are in the first screen's JavaScript (`nl.json?first`); the rest of
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
  // A module page (tests/components/module-page-strings.test.tsx checks that it needs no other).
  'aside',
  'contacts',
  'exercise',
  'firstUse',
  'languages',
  'module',
  'practice',
  'readAloud',
  'save',
];
