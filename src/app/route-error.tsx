import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isFeedError } from '../feed/errors';
import { NotFound } from '../routes/not-found/route';
import { ErrorView } from '../ui/error-view';
import { isChunkLoadError, reloadOnceForChunkError } from './chunk-reload';

/** Shows what went wrong inside the layout: not found, a feed that could not be read, or an unexpected fault. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const what = (error.data as { what?: string } | null)?.what;
    return <NotFound what={what} />;
  }
  if (isFeedError(error)) {
    return (
      <>
        <title>The feed could not be read — Broadsheet</title>
        <ErrorView title="The feed could not be read" message={error.message} retry={() => void revalidator.revalidate()} />
      </>
    );
  }
  if (isChunkLoadError(error) && reloadOnceForChunkError()) {
    return <p className="page">A new version of Broadsheet was published. Loading it…</p>;
  }
  const message = error instanceof Error ? error.message : 'Something unexpected happened.';
  return (
    <>
      <title>Something went wrong — Broadsheet</title>
      <ErrorView title="Something went wrong" message={`This page could not be shown: ${message}`} retry={() => window.location.reload()} />
    </>
  );
}
