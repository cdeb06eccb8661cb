import { useState } from 'preact/hooks';
import { useT } from '../app/context.ts';
import type { TextSize } from '../storage/index.ts';
import { applyTextSize, currentTextSize, TEXT_SIZES } from './text-size.ts';

/**
 * Four buttons "A" in growing sizes, for screens before signing in (no settings there yet).
 * The choice holds for this visit; signed in, the person's own setting takes over when they have one.
 */
export function TextSizeButtons() {
  const t = useT();
  const [size, setSize] = useState<TextSize>(currentTextSize);
  return (
    <div class="text-size-buttons" role="group" aria-label={t('a11y.textSize')}>
      <span aria-hidden="true">{t('a11y.textSize')}:</span>
      {TEXT_SIZES.map((option) => (
        <button
          key={option}
          type="button"
          class={`button secondary size-${option}`}
          aria-pressed={size === option}
          aria-label={t(`a11y.sizes.${option}`)}
          onClick={() => {
            setSize(option);
            applyTextSize(option);
          }}
        >
          A
        </button>
      ))}
    </div>
  );
}
