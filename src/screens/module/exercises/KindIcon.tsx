// A small pictogram beside each exercise's label, so that a reader who looks before she reads
// knows what kind of task it is. Decorative: the label beside it says the same in words.
import type { ExerciseKind } from '../../../content/types.ts';
import './kind-icon.css';

const SHAPES: Record<ExerciseKind | 'tip', string> = {
  // Writing: a pencil.
  reflection: 'M4 20l1.2-4.8L15.6 4.8a2.1 2.1 0 0 1 3 3L8.2 18.2zM13.6 6.8l3 3',
  // Tick any: a ticked box.
  checklist: 'M6 3.5h12A2.5 2.5 0 0 1 20.5 6v12a2.5 2.5 0 0 1-2.5 2.5H6A2.5 2.5 0 0 1 3.5 18V6A2.5 2.5 0 0 1 6 3.5zM8 12.2l2.8 2.8L16 9',
  // Choose a few (for the top 3): a star.
  choose: 'M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z',
  // A scale: a dial with its needle.
  scale: 'M3.5 16.5a8.5 8.5 0 0 1 17 0M12 16.5l4-5.5',
  // A situation: a speech bubble.
  scenario: 'M5 4.5h14A1.5 1.5 0 0 1 20.5 6v9a1.5 1.5 0 0 1-1.5 1.5h-8.5L6 20v-3.5H5A1.5 1.5 0 0 1 3.5 15V6A1.5 1.5 0 0 1 5 4.5z',
  // My people: two people.
  contacts:
    'M9 4.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zM2.5 20c0-4 2.9-6.5 6.5-6.5s6.5 2.5 6.5 6.5M16.5 6a2.8 2.8 0 1 1 0 5.6M18 13.8c2 .6 3.5 2.6 3.5 5.2',
  // A tip: a light bulb.
  tip: 'M9.5 20.5h5M9 17.5h6M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2v1.5h5V16c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z',
};

export function KindIcon({ kind }: { kind: ExerciseKind | 'tip' }) {
  return (
    <svg class="kind-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-kind={kind}>
      <path d={SHAPES[kind]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
