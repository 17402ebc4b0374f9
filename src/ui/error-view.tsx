import { AppLink } from '../shared/navigation';
import { paths } from '../shared/paths';

/** A failure the reader must hear about, in a role="alert" box that says what failed. */
export function ErrorView({ title, message, retry }: { title: string; message: string; retry?: () => void }) {
  return (
    <div className="page error-page">
      <div role="alert" className="error-box">
        <h1>{title}</h1>
        <p>{message}</p>
      </div>
      <p className="error-actions">
        {retry && (
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        )}
        <AppLink to={paths.home()} className="button button-quiet">
          Go to the home page
        </AppLink>
      </p>
    </div>
  );
}
