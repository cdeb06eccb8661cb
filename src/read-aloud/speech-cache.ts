// Names shared by the service worker's configuration (vite.config.ts) and the read-aloud button.
// Kept apart from src/pwa/caches.ts, which is part of the first screen's JavaScript.

/** Where reading aloud and its offline speech engine are kept once used; not precached. */
export const SPEECH_ENGINE_CACHE = 'zinvol-speech-engine';

/** Their folder: assets/speech/ (src/pipeline/speech-engine.ts). */
export const SPEECH_FOLDER = 'speech';
