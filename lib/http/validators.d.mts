export function entityTag(bytes: Uint8Array | string): string;
export function ifNoneMatchHits(header: string | null | undefined, etag: string): boolean;
export const NOT_MODIFIED_DROPS: string[];
