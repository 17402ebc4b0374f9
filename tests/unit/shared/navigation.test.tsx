import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { AppLink, AppNavLink, NavigationProvider, useViewData, ViewDataProvider, type AppNavigation } from '../../../src/shared/navigation';
import { viewOfLoaderData } from '../../../src/app/views';

function at(pathname: string, navigate = vi.fn()): { nav: AppNavigation; wrapper: (p: { children: ReactNode }) => ReactNode } {
  const nav: AppNavigation = { pathname, search: '', hash: '', state: 'idle', navigate, revalidate: vi.fn(), revalidating: false };
  return { nav, wrapper: ({ children }) => <NavigationProvider value={nav}>{children}</NavigationProvider> };
}

/**
 * Clicks `el` and says whether the app took the click (prevented the browser's own navigation); the
 * browser's is then stopped here, since jsdom cannot load another document.
 */
function click(el: Element, init: MouseEventInit = {}): boolean {
  let taken = false;
  const after = (e: Event) => {
    taken = e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('click', after);
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  document.removeEventListener('click', after);
  return taken;
}

describe('AppLink', () => {
  test('a real link, followed in the app on a plain click', () => {
    const { nav, wrapper } = at('/');
    render(<AppLink to="/articles/a">A</AppLink>, { wrapper });
    const link = screen.getByRole('link', { name: 'A' });
    expect(link.getAttribute('href')).toBe('/articles/a');
    expect(click(link)).toBe(true);
    expect(nav.navigate).toHaveBeenCalledWith('/articles/a', undefined);
  });

  test.each([
    ['Ctrl', { ctrlKey: true }],
    ['Meta', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['the middle button', { button: 1 }],
  ])('a click with %s is left to the browser (new tab, window, download)', (_, init) => {
    const { nav, wrapper } = at('/');
    render(<AppLink to="/articles/a">A</AppLink>, { wrapper });
    expect(click(screen.getByRole('link', { name: 'A' }), init)).toBe(false);
    expect(nav.navigate).not.toHaveBeenCalled();
  });

  test('a link to another window, or whose own handler prevented the default, is not followed in the app', () => {
    const { nav, wrapper } = at('/');
    render(
      <>
        <AppLink to="/a" target="_blank">
          Elsewhere
        </AppLink>
        <AppLink to="/b" onClick={(e) => e.preventDefault()}>
          Handled
        </AppLink>
      </>,
      { wrapper },
    );
    expect(click(screen.getByRole('link', { name: 'Elsewhere' }))).toBe(false);
    click(screen.getByRole('link', { name: 'Handled' }));
    expect(nav.navigate).not.toHaveBeenCalled();
  });

  test('replace is passed on', () => {
    const { nav, wrapper } = at('/');
    render(
      <AppLink to="/saved" replace>
        Saved
      </AppLink>,
      { wrapper },
    );
    expect(click(screen.getByRole('link', { name: 'Saved' }))).toBe(true);
    expect(nav.navigate).toHaveBeenCalledWith('/saved', { replace: true });
  });
});

describe('AppNavLink', () => {
  const links = (
    <>
      <AppNavLink to="/" end>
        Home
      </AppNavLink>
      <AppNavLink to="/saved">Saved</AppNavLink>
      <AppNavLink to="/settings">Settings</AppNavLink>
    </>
  );
  const current = () => screen.getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent);

  test.each([
    ['/', ['Home']],
    ['/saved', ['Saved']],
    ['/saved/', ['Saved']],
    ['/saved/more', ['Saved']],
    ['/savedx', []],
    ['/articles/a', []],
  ])('on %s the current link is %j', (path, expected) => {
    render(links, { wrapper: at(path).wrapper });
    expect(current()).toEqual(expected);
  });
});

describe('view data', () => {
  test('a view reads what its provider gives; outside one it throws', () => {
    function View() {
      return <p>{useViewData<{ title: string }>().title}</p>;
    }
    render(
      <ViewDataProvider value={{ title: 'From the page' }}>
        <View />
      </ViewDataProvider>,
    );
    expect(screen.getByText('From the page')).toBeTruthy();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<View />)).toThrow(/outside ViewDataProvider/);
  });

  test("a prerendered page's view is the route id its loader data is keyed by", () => {
    expect(viewOfLoaderData({ '0': null, article: { title: 'x' } })).toBe('article');
    expect(viewOfLoaderData({ '0': null, home: {} })).toBe('home');
    expect(viewOfLoaderData({ '0': null })).toBeNull();
    expect(viewOfLoaderData({ toString: {} })).toBeNull();
  });
});
