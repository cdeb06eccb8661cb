// Where a module's illustration lives. The drawings are static files (public/pictures/), not
// JavaScript, so the home screen's cards cost no script; the service worker keeps them offline.
import { DEFAULT_PICTURE, PICTURES, type ModuleMeta, type Picture } from './types.ts';

/** The module's picture; the default for a module stored on a device before pictures existed. */
export function pictureOf(meta: ModuleMeta): Picture {
  return PICTURES.includes(meta.picture) ? meta.picture : DEFAULT_PICTURE;
}

export const pictureUrl = (meta: ModuleMeta): string => `/pictures/${pictureOf(meta)}.svg`;
