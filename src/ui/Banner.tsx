import type { ComponentChildren } from 'preact';

/** A calm message at the top of every screen (update ready, answers not kept). */
export function Banner({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: ComponentChildren }) {
  return (
    <div class={`banner ${tone}`} role="status">
      {children}
    </div>
  );
}
