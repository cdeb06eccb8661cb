// Text size is a class on <html>; every size in the CSS is in rem, so everything scales with it.
import type { TextSize } from '../storage/index.ts';

export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger', 'largest'];

export function isTextSize(value: unknown): value is TextSize {
  return TEXT_SIZES.includes(value as TextSize);
}

export function applyTextSize(size: TextSize): void {
  document.documentElement.dataset.textSize = size;
}

export function currentTextSize(): TextSize {
  const size = document.documentElement.dataset.textSize;
  return isTextSize(size) ? size : 'normal';
}
