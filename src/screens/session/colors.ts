/** Profile colours, each with a name, so that a profile is never told apart by colour alone. */
export const PROFILE_COLORS = ['blue', 'green', 'orange', 'purple', 'red', 'teal'] as const;
export type ProfileColor = (typeof PROFILE_COLORS)[number];
