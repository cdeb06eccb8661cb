// Five simple faces for a 5-step scale: from sad (0) to happy (4). Drawn in SVG so they
// look the same everywhere (emoji differ per phone). Decorative: the label says it in words.
const MOUTHS = [
  'M8 17 Q12 12.5 16 17',
  'M8 16.5 Q12 14.5 16 16.5',
  'M8 15.5 L16 15.5',
  'M8 14.5 Q12 16.5 16 14.5',
  'M7.5 14 Q12 19 16.5 14',
];

export function Face({ step }: { step: number }) {
  return (
    <svg class="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <circle cx="8.5" cy="9.5" r="1.2" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.2" fill="currentColor" />
      <path d={MOUTHS[step] ?? MOUTHS[2]} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
    </svg>
  );
}
