export const COPIES: number;
export function syntheticModules(root: string): string;
