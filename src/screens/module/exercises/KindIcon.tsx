// A small pictogram beside each exercise's label, so that a reader who looks before she reads
// knows what kind of task it is. Decorative: the label beside it says the same in words.
import type { ExerciseKind } from '../../../content/types.ts';

const SHAPES: Record<ExerciseKind | 'tip', string> = {
  // Writing: a pencil.
  reflection: 'M4 20l1-5L16 4l4 4L9 19zM13 7l4 4',
  // Tick any: a ticked box.
  checklist: 'M4 4h16v16H4zM8 12l3 3 5-6',
  // Choose a few (for the top 3): a star.
  choose: 'M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z',
  // A scale: a dial with its needle.
  scale: 'M3.5 16.5a8.5 8.5 0 0 1 17 0M12 16.5l4-5.5',
  // A situation: a speech bubble.
  scenario: 'M4 5h16v11h-9l-5 4v-4H4z',
  // My people: two people.
  contacts:
    'M9 4.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zM2.5 20c0-4 2.9-6.5 6.5-6.5s6.5 2.5 6.5 6.5M16.5 6a2.8 2.8 0 1 1 0 5.6M18 13.8c2 .6 3.5 2.6 3.5 5.2',
  // A tip: a light bulb.
  tip: 'M9.5 21h5M9 18h6M12 3a6 6 0 0 0-3 11.2V18h6v-3.8A6 6 0 0 0 12 3z',
};

export function KindIcon({ kind }: { kind: ExerciseKind | 'tip' }) {
  return (
    <svg class="kind-icon" viewBox="0 0 24 24" aria-hidden="true" data-kind={kind}>
      <path d={SHAPES[kind]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
