/**
 * Lets the feed session's deferred write of the feed (a timer, then a transaction) land, so that a
 * test can delete the database after it: left pending, the write would store this test's feed in the
 * next test's empty database. Call it before resetDb() in an afterEach, while the test's modules are
 * still the current ones.
 */
export async function settleFeedWrites(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  const { loadStoredFeed } = await import('../../../src/storage/feed-store');
  await loadStoredFeed().catch(() => undefined); // queued behind the write on the same connection
}
