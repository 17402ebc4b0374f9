import { HomeSkeleton } from '../ui/skeleton';

/** Shown before the first route's data is ready: the frame and grey blocks in the layout's final shape. */
export function AppSkeleton() {
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">
              B
            </span>
          </span>
        </div>
      </header>
      <main id="main">
        <HomeSkeleton />
      </main>
    </>
  );
}
