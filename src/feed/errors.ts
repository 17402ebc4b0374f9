/**
 * The one error type of the feed layer. `kind` says what failed (for code and tests);
 * `message` names the problem in words a reader of the error view understands.
 */

export type FeedErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'invalid-json'
  | 'truncated'
  | 'not-json-feed'
  | 'invalid-xml'
  | 'not-a-feed'
  | 'loop';

export interface FeedErrorOptions {
  /** HTTP status, for kind 'http'. */
  status?: number;
  /** The URL that was being read, when known. */
  url?: string;
  cause?: unknown;
}

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  readonly status?: number;
  readonly url?: string;

  constructor(kind: FeedErrorKind, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FeedError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
  }
}

/** True when `e` is a FeedError (also across realms/workers, where instanceof fails). */
export function isFeedError(e: unknown): e is FeedError {
  if (e instanceof FeedError) return true;
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'FeedError' &&
    typeof (e as { kind?: unknown }).kind === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}
