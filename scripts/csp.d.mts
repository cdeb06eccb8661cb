export const CONTENT_SECURITY_POLICY: string;
export const HEADER_ONLY_POLICY: string;
export const SECURITY_HEADERS: Record<string, string>;
export const CACHE_CONTROL: { assets: string; other: string };
