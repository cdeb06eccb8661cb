// Names shared by the service worker's configuration (vite.config.ts) and the app.

/** Where another language than Dutch is kept for offline use (Dutch is precached). */
export const OTHER_LANGUAGES_CACHE = 'zinvol-other-languages';

/** Written by the build (src/pipeline/vite-plugin.ts): the chunk files of each language. */
export const LANGUAGE_FILES_URL = '/languages.json';

/** Where the trainer's tools (editor, QR) are kept once opened; not precached (vite.config.ts). */
export const TRAINER_TOOLS_CACHE = 'zinvol-trainer-tools';

/** Where reading aloud and its offline speech engine are kept once used; not precached (vite.config.ts). */
export const SPEECH_ENGINE_CACHE = 'zinvol-speech-engine';

/** Their folder: assets/speech/ (src/pipeline/speech-engine.ts). */
export const SPEECH_FOLDER = 'speech';
