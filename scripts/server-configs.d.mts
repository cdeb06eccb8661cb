export function nginxConfig(options?: { root?: string; listen?: string }): string;
export function caddyConfig(options?: { root?: string; address?: string }): string;
export const CONFIG_FILES: Record<string, () => string>;
