import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { appLive, markLive, whenLive } from '../../../src/shared/live';
import { useLater } from '../../../src/ui/use-later';

// The tests run in order: the app is not live until the third marks it (live is the page's, kept for its life).

const part = { Part: () => <p>the part</p> };
const loadPart = vi.fn(async () => part);
const loadBroken = vi.fn(async (): Promise<typeof part> => {
  throw new Error('chunk failed');
});

function Host({ load }: { load: () => Promise<typeof part> }) {
  const later = useLater(load);
  return later ? <later.Part /> : <p>without it</p>;
}

describe('useLater', () => {
  test('on the server, nothing is loaded and the part is left out', () => {
    expect(renderToString(<Host load={loadPart} />)).toContain('without it');
    expect(loadPart).not.toHaveBeenCalled();
  });

  test('before the app is live, the part is neither loaded nor shown', async () => {
    render(<Host load={loadPart} />);
    // A render and its effects are done inside act(): had the effect asked, it would have by now.
    await act(async () => undefined);
    expect(appLive.get()).toBe(false);
    expect(loadPart).not.toHaveBeenCalled();
    expect(screen.getByText('without it')).toBeInTheDocument();
  });

  test('once the app is live it is loaded, once, and shown; whenLive() resolves then', async () => {
    let resolved = false;
    const waiting = whenLive().then(() => (resolved = true));
    render(<Host load={loadPart} />);
    await act(async () => undefined);
    expect(resolved).toBe(false);
    await act(async () => markLive());
    await waiting;
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(loadPart).toHaveBeenCalledTimes(1);
  });

  test('a part whose code cannot load is left out, and nothing breaks', async () => {
    render(<Host load={loadBroken} />);
    await act(async () => undefined);
    expect(loadBroken).toHaveBeenCalledTimes(1);
    expect(screen.getByText('without it')).toBeInTheDocument();
  });
});
