import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import VirtualRows from '../../../src/routes/home/virtual-rows';

// The virtualized tail of a long list measures its grid again when it is resized: with ResizeObserver
// (every current engine), or on the window's resize where there is none. jsdom has none.

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderRows() {
  const grid = createRef<HTMLDivElement>();
  const items = Array.from({ length: 40 }, (_, i) => `Story ${i + 1}`);
  return render(
    <>
      <div ref={grid} className="grid" />
      <VirtualRows
        items={items}
        getKey={(s) => s}
        renderItem={(s) => <p>{s}</p>}
        className="grid"
        gridRef={grid}
        rowEstimate={300}
      />
    </>,
  );
}

describe('virtual rows', () => {
  test('without ResizeObserver, the rows render and follow the window\'s resize', () => {
    expect(typeof ResizeObserver).toBe('undefined');
    const added = vi.spyOn(window, 'addEventListener');
    const { unmount } = renderRows();
    // jsdom lays nothing out, so which rows are near the viewport is arbitrary; that some render is not.
    expect(screen.getAllByText(/^Story \d+$/).length).toBeGreaterThan(0);
    expect(added.mock.calls.map((call) => String(call[0]))).toContain('resize');
    const removed = vi.spyOn(window, 'removeEventListener');
    unmount();
    expect(removed.mock.calls.map((call) => String(call[0]))).toContain('resize');
  });

  test('with ResizeObserver, the grid and the page are observed', () => {
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe(el: Element) {
          observed.push(el);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    renderRows();
    expect(observed).toContain(document.body);
    expect(observed.some((el) => el.classList.contains('grid'))).toBe(true);
  });
});
