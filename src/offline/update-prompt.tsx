import { useStore } from '../shared/use-store';
import { applyUpdate, updateWaiting } from './register';

/** Announces a new version with a "Reload" button; it never reloads by itself. */
export function UpdatePrompt() {
  const waiting = useStore(updateWaiting, { server: () => false });
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="region" aria-label="New version">
      <p>A new version of Broadsheet is available.</p>
      <button type="button" className="button" onClick={applyUpdate}>
        Reload
      </button>
    </div>
  );
}
