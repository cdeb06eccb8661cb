// The trainer settings are not precached (an own phone never needs them): loaded when first
// opened, and on a class tablet fetched ahead by its start screen, so they work offline there.
import { loadedOnFirstUse } from '../../ui/first-use.tsx';

export const TrainerSettings = loadedOnFirstUse(() => import('./TrainerSettings.tsx').then((m) => m.TrainerSettings));
