// Names shared by the service worker's configuration (vite.config.ts) and the app.

/** Where another language than Dutch is kept for offline use (Dutch is precached). */
export const OTHER_LANGUAGES_CACHE = 'zinvol-other-languages';

/** Written by the build (src/pipeline/vite-plugin.ts): the chunk files of each language. */
export const LANGUAGE_FILES_URL = '/languages.json';

/** Where the trainer's tools (editor, QR) are kept once opened; not precached (vite.config.ts). */
export const TRAINER_TOOLS_CACHE = 'zinvol-trainer-tools';

/** Where the offline speech engine for reading aloud is kept once used; not precached (vite.config.ts). */
export const SPEECH_ENGINE_CACHE = 'zinvol-speech-engine';
