// Small icons for the reading controls, drawn here (an emoji may be missing from a phone's fonts).
// Decorative: each button says in words what it does.
const PATHS = {
  speaker: 'M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  play: 'M7 4.5v15l12-7.5z',
  stop: 'M6 6h12v12H6z',
};

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg class="read-aloud-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
