import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and the one direction their imports run (README, "Architecture"). A layer may
 * import its own files and the layers listed for it, nothing else; any import cycle fails too.
 */
export const LAYERS = {
  app: ['routes', 'ui', 'session', 'reading', 'offline', 'search', 'storage', 'html', 'feed', 'shared'],
  // A view may use every layer below it, but never another view (each is its own chunk).
  routes: ['ui', 'session', 'reading', 'offline', 'search', 'storage', 'html', 'feed', 'shared'],
  offline: ['ui', 'session', 'reading', 'storage', 'feed', 'shared'],
  reading: ['ui', 'session', 'storage', 'html', 'feed', 'shared'],
  search: ['ui', 'session', 'storage', 'feed', 'shared'],
  session: ['storage', 'feed', 'shared'],
  ui: ['shared'],
  storage: ['html', 'shared'],
  html: ['shared'],
  feed: ['shared'],
  shared: [],
  // The worker is its own program: it shares only constants and types with the page.
  sw: ['shared'],
};

const elements = [
  { type: 'routes', pattern: 'src/routes/*', capture: ['view'] },
  ...Object.keys(LAYERS)
    .filter((t) => t !== 'routes')
    .map((type) => ({ type, pattern: `src/${type}` })),
];

const policies = Object.entries(LAYERS).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: from === 'routes' ? to : [from, ...to] } } } },
}));
// Inside one view's folder.
policies.push({
  from: { element: { type: 'routes', captured: { view: '*' } } },
  allow: { to: { element: { type: 'routes', captured: { view: '{{ from.captured.view }}' } } } },
});

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'coverage', 'tests/fixtures/generated', '.bench', '.scratch'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      'boundaries/no-unknown-files': 'error',
      // Type-only imports count: a cycle of types is still two files that cannot be read apart.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // A prerendered page is taken over without the data router (app/page-navigation.tsx): components move
    // through shared/navigation.tsx, and only the router's side imports react-router, so that it stays
    // out of a first visit's script (issue 20). Type-only imports are erased and allowed anywhere.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/router.tsx', 'src/app/router-navigation.tsx', 'src/app/route-error.tsx', 'src/app/entry-prerender.tsx', 'src/session/loader-context.ts', 'src/session/not-found.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^react-router(/.*)?$',
              allowTypeImports: true,
              message: 'Only the router side imports react-router (eslint.config.js says why): use shared/navigation.tsx, or a loader file.',
            },
          ],
        },
      ],
    },
  },
);
