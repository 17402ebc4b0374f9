import { useEffect, useRef } from 'react';
import { openShortcutsDialog, ShortcutsDialog } from './shortcuts-dialog';

/**
 * Keyboard shortcuts for the whole app: j/k move between the articles of a list, o opens one, s saves,
 * / searches, ? lists them. None fires while typing in a field or with Ctrl, Alt or Meta held.
 */

const CARD = '#main article.card';

/** True when the key press belongs to a text field (or similar) rather than to the page. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
  }
  return false;
}

function cards(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(CARD));
}

function currentCard(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.closest<HTMLElement>(CARD) : null;
}

function titleLink(card: Element): HTMLAnchorElement | null {
  return card.querySelector<HTMLAnchorElement>('.card-title a') ?? card.querySelector<HTMLAnchorElement>('h2 a, h3 a, a[href]');
}

function move(step: 1 | -1) {
  const list = cards();
  if (list.length === 0) return;
  const at = currentCard();
  const i = at ? list.indexOf(at) : -1;
  const next = list[i < 0 ? (step === 1 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + step))];
  const link = next && titleLink(next);
  if (!next || !link) return;
  link.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

function saveButton(scope: ParentNode): HTMLButtonElement | null {
  return scope.querySelector<HTMLButtonElement>('button[aria-keyshortcuts="s"]');
}

/** Listens for the shortcuts and renders their dialog; mounted once, in the root layout. */
export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (isTypingTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      switch (e.key) {
        case 'j':
          move(1);
          break;
        case 'k':
          move(-1);
          break;
        case 'o': {
          const card = currentCard();
          const link = card && titleLink(card);
          if (!link) return;
          link.click();
          break;
        }
        case 's': {
          const card = currentCard();
          const page = document.querySelector('#main article:not(.card)');
          const button = (card && saveButton(card)) ?? (page && saveButton(page));
          if (!button) return;
          button.click();
          break;
        }
        case '/': {
          const box = document.getElementById('site-search');
          if (!(box instanceof HTMLInputElement)) return;
          box.focus();
          box.select();
          break;
        }
        case '?':
          openShortcutsDialog(dialog.current);
          break;
        default:
          return;
      }
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return <ShortcutsDialog dialogRef={dialog} />;
}
