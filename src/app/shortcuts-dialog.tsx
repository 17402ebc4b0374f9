/** Every keyboard shortcut, as the dialog lists them. */
const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['j'], does: 'Next article in the list' },
  { keys: ['k'], does: 'Previous article in the list' },
  { keys: ['o', 'Enter'], does: 'Open the selected article' },
  { keys: ['s'], does: 'Save the selected or open article for offline' },
  { keys: ['/'], does: 'Search' },
  { keys: ['?'], does: 'Show these shortcuts' },
  { keys: ['Esc'], does: 'Close this dialog' },
];

/** Opens the shortcuts dialog as a modal, remembering where focus was so closing hands it back. */
export function openShortcutsDialog(dialog: HTMLDialogElement | null): void {
  if (!dialog || dialog.open || typeof dialog.showModal !== 'function') return;
  returnTo.set(dialog, document.activeElement instanceof HTMLElement ? document.activeElement : null);
  dialog.showModal();
}

const returnTo = new WeakMap<HTMLDialogElement, HTMLElement | null>();

/** The "Keyboard shortcuts" dialog: modal, closed by its button or Escape, handing focus back where it was. */
export function ShortcutsDialog({ dialogRef }: { dialogRef: React.RefObject<HTMLDialogElement | null> }) {
  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={(e) => {
        const target = returnTo.get(e.currentTarget);
        returnTo.delete(e.currentTarget);
        if (target?.isConnected) target.focus({ preventScroll: true });
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
