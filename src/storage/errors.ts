/** Typed failures of on-device storage (IndexedDB and the Cache API), with messages fit to show a reader. */

export type StorageErrorKind = 'quota' | 'unavailable' | 'failed';

/** A storage failure the UI can explain: `kind` says what went wrong, `message` says it in words. */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

/** True for a StorageError. */
export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError;
}

/** True when `e` (or the transaction error it carries) says the device ran out of room. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  // 22 is the legacy code; Firefox has used NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
  const inner = (e as { error?: unknown; cause?: unknown }).error ?? (e as { cause?: unknown }).cause;
  return inner !== undefined && inner !== e && isQuotaError(inner);
}

export const QUOTA_MESSAGE =
  'There is no room left on this device to save this. Remove some saved articles or free up space, then try again. Nothing already saved was lost.';

/** Turns anything thrown by IndexedDB or the Cache API into a StorageError describing `what` failed. */
export function toStorageError(e: unknown, what: string): StorageError {
  if (isStorageError(e)) return e;
  if (isQuotaError(e)) return new StorageError('quota', QUOTA_MESSAGE, { cause: e });
  const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
  return new StorageError('failed', `${what} failed${detail}`, { cause: e });
}
