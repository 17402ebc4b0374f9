import { useEffect, useState } from 'react';
import { appLive } from '../shared/live';
import { useStore } from '../shared/use-store';

const notLive = () => false;

/**
 * The module `load` brings, once it has loaded; null before, and on the server. It is asked for once
 * the app is live (shared/live.ts), never during hydration: for parts that show nothing until the
 * reader acts, so that a first visit answers taps before their code arrives. `load` must be the same
 * function every render (declare it at module level). A module that cannot load leaves its part out.
 */
export function useLater<T>(load: () => Promise<T>): T | null {
  const live = useStore(appLive, { server: notLive });
  const [loaded, setLoaded] = useState<{ module: T } | null>(null);
  useEffect(() => {
    if (!live) return;
    let on = true;
    load().then(
      (module) => on && setLoaded({ module }),
      () => undefined,
    );
    return () => {
      on = false;
    };
  }, [live, load]);
  return loaded?.module ?? null;
}
