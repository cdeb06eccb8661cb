/** The round initial of a profile, in its colour. Decorative: the name is always written next to it. */
export function ProfileBadge({ name, color }: { name: string; color: string }) {
  return (
    <span class={`profile-badge color-${color}`} aria-hidden="true">
      {name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
