import { createContext, RouterContextProvider } from 'react-router';
import type { FeedSession } from './feed-session';

/**
 * How the page's feed session reaches the loaders: through the data router's context (the router is
 * made with routerContext(session)). Only the router's side imports this file: the components get the
 * session from React's context (session-context.tsx), and a first visit loads no router.
 */

const loaderKey = createContext<FeedSession>();

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
