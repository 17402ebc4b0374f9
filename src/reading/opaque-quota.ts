/** What Chrome counts an opaque cache entry as, on average (measured: 0-14 MB each, Chromium 156); see cors-images.ts. */
export const OPAQUE_QUOTA_BYTES = 7_000_000;
