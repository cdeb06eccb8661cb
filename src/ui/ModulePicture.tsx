import type { ModuleMeta } from '../content/types.ts';
import { pictureUrl } from '../content/pictures.ts';
import './module-picture.css';

/** The drawings are 3:2 (viewBox 96×64). */
const SIZES = { card: [72, 48], page: [180, 120] } as const;

/**
 * A module's illustration: decorative (empty alt, the title says it in words), with its size set
 * so that nothing moves when the file arrives. `later`: only its tile for now, the drawing not yet
 * asked for (so that it does not compete with the first paint).
 */
export function ModulePicture({ module, size, later = false }: { module: ModuleMeta; size: keyof typeof SIZES; later?: boolean }) {
  const [width, height] = SIZES[size];
  if (later) return <span class={`module-picture picture-${size}`} />;
  return <img class={`module-picture picture-${size}`} src={pictureUrl(module)} width={width} height={height} alt="" />;
}
