import { describe, expect, test, vi } from 'vitest';
import { createTabState, type TabState } from '../../../src/shared/tab-state';

// A page load's state: each module's part is made once per tab, on first use, and ends with the tab.

describe('tab state', () => {
  test('a part is made on first use, once per tab; another tab gets its own', () => {
    const make = vi.fn((_tab: TabState) => ({ n: 0, close() {} }));
    const a = createTabState();
    const b = createTabState();
    expect(make).not.toHaveBeenCalled();
    const first = a.part(make);
    first.n = 5;
    expect(a.part(make)).toBe(first);
    expect(b.part(make)).not.toBe(first);
    expect(b.part(make).n).toBe(0);
    expect(make).toHaveBeenCalledTimes(2);
    expect(make.mock.calls[0]?.[0]).toBe(a);
  });

  test('a part may use another part of its tab', () => {
    const inner = () => ({ value: 'inner', close() {} });
    const outer = (tab: TabState) => ({ inner: tab.part(inner), close() {} });
    const tab = createTabState();
    expect(tab.part(outer).inner).toBe(tab.part(inner));
  });

  test('close ends every part made, once, and the tab makes no more', () => {
    const closed: string[] = [];
    const tab = createTabState();
    tab.part(() => ({ close: () => closed.push('one') }));
    tab.part(() => ({ close: () => closed.push('two') }));
    tab.part(() => ({ close: undefined })); // a part with nothing to end
    tab.close();
    expect(closed).toEqual(['one', 'two']);
    tab.close();
    expect(closed).toEqual(['one', 'two']);
    expect(() => tab.part(() => ({ close() {} }))).toThrow(/closed/);
  });
});
