import { createContext as createReactContext, useContext, type ReactNode } from 'react';
import { createContext as createRouterContext, RouterContextProvider } from 'react-router';
import type { FeedSession } from './feed-session';

/**
 * How the page's feed session reaches the code that needs it: loaders through the data router's
 * context (the router is made with routerContext(session)), components through React's.
 */

const loaderKey = createRouterContext<FeedSession>();

/** The data router's context for loaders of a page whose session is `session` (getContext, or the build's requestContext). */
export function routerContext(session: FeedSession): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(loaderKey, session);
  return context;
}

/**
 * The session a loader runs in, from its `context` argument. The router types that argument `any`
 * until middleware is turned on, hence `unknown` here and the check.
 */
export function sessionOf(context: unknown): FeedSession {
  if (!(context instanceof RouterContextProvider)) throw new Error('The router was made without a feed session (routerContext).');
  return context.get(loaderKey);
}

const SessionContext = createReactContext<FeedSession | null>(null);

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
