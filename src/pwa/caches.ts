// Names shared by the service worker's configuration (vite.config.ts) and the app.

/** Where another language than Dutch is kept for offline use (Dutch is precached). */
export const OTHER_LANGUAGES_CACHE = 'zinvol-other-languages';

/** Written by the build (src/pipeline/vite-plugin.ts): the chunk files of each language. */
export const LANGUAGE_FILES_URL = '/languages.json';

/** The folder of the trainer's tools in the build (assets/trainer/), kept out of the precache (vite.config.ts). */
export const TRAINER_TOOLS_FOLDER = 'trainer';

/** Where the trainer's tools (editor, QR) are kept once opened; not precached (vite.config.ts). */
export const TRAINER_TOOLS_CACHE = 'zinvol-trainer-tools';

/** Where chunks a client opens rarely (the print layout) are kept once opened; not precached (vite.config.ts). */
export const FIRST_USE_CACHE = 'zinvol-first-use';

// Reading aloud has its cache's names in src/read-aloud/speech-cache.ts: imported from here, they
// would land in the first screen's JavaScript (this file is part of it).
