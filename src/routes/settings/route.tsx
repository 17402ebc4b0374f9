import { useFeedSession } from '../../session/session-context';
import { paths } from '../../shared/paths';
import { DocumentHead } from '../../ui/document-head';
import { AppearancePanel } from './appearance-panel';
import { BackgroundRefreshPanel } from './background-refresh-panel';
import { DownloadPanel } from './download-panel';
import { InstallPanel } from './install-panel';
import { StoragePanel } from './storage-panel';

/**
 * /settings: one <section> per concern (each with its own h2), so new panels (appearance...) are
 * added as siblings without touching the others.
 */
export function Component() {
  const siteTitle = useFeedSession().peekFeed()?.meta.title ?? 'Broadsheet';
  return (
    <div className="page settings-page">
      <DocumentHead title="Settings" siteTitle={siteTitle} path={paths.settings()} />
      <header className="page-head">
        <h1>Settings</h1>
      </header>
      <AppearancePanel />
      <StoragePanel />
      <DownloadPanel />
      <BackgroundRefreshPanel />
      <InstallPanel />
    </div>
  );
}
