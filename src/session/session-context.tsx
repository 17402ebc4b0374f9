import { createContext, useContext, type ReactNode } from 'react';
import type { FeedSession } from './feed-session';

/** How the page's feed session reaches the components (the loaders get it from loader-context.ts). */

const SessionContext = createContext<FeedSession | null>(null);

/** Gives the components below it the page's feed session. */
export function FeedSessionProvider({ session, children }: { session: FeedSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The page's feed session (inside FeedSessionProvider). */
export function useFeedSession(): FeedSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useFeedSession() outside FeedSessionProvider');
  return session;
}
