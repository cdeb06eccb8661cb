// Where a module's illustration lives. The drawings are static files (public/pictures/), not
// JavaScript, so the home screen's cards cost no script; the service worker keeps them offline.
// The names a module may choose are PICTURES in types.ts; the compiler checks them.
import type { ModuleMeta, Picture } from './types.ts';

/** For a module that names no picture. */
export const DEFAULT_PICTURE: Picture = 'sprout';

/** The module's picture; the default for a module stored on a device before pictures existed. */
export const pictureOf = (meta: ModuleMeta): Picture => meta.picture ?? DEFAULT_PICTURE;

export const pictureUrl = (meta: ModuleMeta): string => `/pictures/${pictureOf(meta)}.svg`;
