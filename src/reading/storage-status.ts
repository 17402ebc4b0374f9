import { useEffect, useState } from 'react';
import { getDb, UNAVAILABLE_MESSAGE } from '../storage/db';
import { isStorageError } from '../storage/errors';

/** Null when on-device storage can be opened, else why not, in words fit to show a reader. */
export async function storageProblem(): Promise<string | null> {
  try {
    await getDb();
    return null;
  } catch (e) {
    return isStorageError(e) ? e.message : UNAVAILABLE_MESSAGE;
  }
}

/** storageProblem(), checked when the component mounts (null until known, and when all is well). */
export function useStorageProblem(): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void storageProblem().then((p) => {
      if (live) setProblem(p);
    });
    return () => {
      live = false;
    };
  }, []);
  return problem;
}
