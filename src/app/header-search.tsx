import { useEffect, useState, type FormEvent } from 'react';
import type { FeedModel } from '../shared/model';
import { useFeedSession } from '../session/session-context';
import { useAppNavigation } from '../shared/navigation';
import { paths, routePatterns } from '../shared/paths';

/** Starts the search worker and its index (search-client.ts, loaded then: not needed before a search). */
function warmSearch(model: FeedModel | null): void {
  if (model) void import('../search/search-client').then((m) => m.warmSearch(model)).catch(() => undefined);
}

/** The masthead's search box: a GET form to /search that navigates client-side; shows the query while on /search. */
export function HeaderSearch() {
  const nav = useAppNavigation();
  const onSearch = nav.pathname === routePatterns.search;
  const urlQuery = onSearch ? (new URLSearchParams(nav.search).get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  const [shownFor, setShownFor] = useState(urlQuery);
  // Follow the URL (back/forward, a link to /search?q=) without an effect that overwrites typing.
  if (shownFor !== urlQuery) {
    setShownFor(urlQuery);
    setValue(urlQuery);
  }
  const session = useFeedSession();
  const warm = () => warmSearch(session.peekFeed());
  useEffect(() => {
    if (onSearch) warmSearch(session.peekFeed());
  }, [onSearch, session]);
  // The form's own GET, taken in the app: the same URL the browser would have built.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const [name, field] of new FormData(e.currentTarget)) if (typeof field === 'string') query.append(name, field);
    nav.navigate(`${paths.search()}?${query}`);
  };
  return (
    <form role="search" method="get" action={paths.search()} className="header-search" onSubmit={submit}>
      <input
        type="search"
        name="q"
        aria-label="Search"
        placeholder="Search"
        aria-keyshortcuts="/"
        autoComplete="off"
        enterKeyHint="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onFocus={warm}
        id="site-search"
      />
      <button type="submit" className="header-search-button">
        <span className="visually-hidden">Submit search</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
