// @ts-check
/**
 * `npm run lint`: the rules of the house a parser can check in src/, scripts/ and the config files.
 *
 * - The floors of src/lib: each folder imports only from the folders below it, so dependencies
 *   point one way and no cycle forms between concerns; site/, format/ and search/ (and the page
 *   scripts that use them) stay browser-safe: no Node module, no `astro:` module, no `process`.
 * - Relative imports name the file, extension included: Node's type stripping, which runs
 *   scripts/, resolves nothing else.
 * - A package is imported from package.json's dependencies, at a path it exports: a deep import into
 *   a package's own files may break with any release.
 * - Interface words come from the dictionary (src/translations/en.json): no template or page
 *   script writes words of its own.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import i18next from 'eslint-plugin-i18next';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Each folder of src/lib, and the folders it may import from besides itself. */
/** @type {Record<string, string[]>} */
const FLOORS = {
  site: [],
  format: ['site'],
  search: ['site', 'format'],
  content: ['site', 'format'],
  cite: ['site', 'format', 'content'],
  data: ['site', 'format', 'content'],
  build: ['site', 'format'],
};
const BROWSER_SAFE = ['site', 'format', 'search'];

const BARE_RELATIVE = {
  regex: String.raw`^\.\.?/(?!.*\.(ts|astro|css|mjs|js|json|svg)(\?[a-z]+)?$)`,
  message: 'name the file, extension included: Node’s type stripping resolves nothing else.',
};
const NODE_ONLY = {
  regex: `^(node:|astro:|(${builtinModules.join('|')})(/|$))`,
  message: 'site/, format/, search/ and the page scripts run in the browser: no Node or astro: module.',
};

/**
 * The rules for a file that may import the `allowed` folders of src/lib and not the others:
 * `no-restricted-imports` for its imports, the same patterns for a literal `import('…')`.
 * @param {string} folder
 * @param {string[]} allowed
 * @param {boolean} browserSafe
 */
function floorRules(folder, allowed, browserSafe) {
  const forbidden = Object.keys(FLOORS).filter((other) => other !== folder && !allowed.includes(other));
  const patterns = [
    BARE_RELATIVE,
    ...(forbidden.length > 0 ? [{ regex: `(^|/)(${forbidden.join('|')})/[^/]+$`, message: `src/lib/${folder}/ imports only from ${[folder, ...allowed].join('/, ')}/.` }] : []),
    ...(browserSafe ? [NODE_ONLY] : []),
  ];
  /** @type {import('eslint').Linter.RulesRecord} */
  const rules = {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...patterns.map(({ regex, message }) => ({ selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`, message }))],
  };
  if (browserSafe) rules['no-restricted-globals'] = ['error', { name: 'process', message: 'browser-safe code has no process.' }];
  return rules;
}

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/', '.dist.*'] },
  { files: ['**/*.{ts,mjs,js}'], languageOptions: { parser: tseslint.parser } },
  astro.configs['flat/base'],
  { files: ['**/*.{ts,mjs,js,astro}'], rules: floorRules('', Object.keys(FLOORS), false) },
  {
    files: ['**/*.{ts,mjs,js,astro}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: { 'import-x/no-extraneous-dependencies': 'error', 'import-x/no-unresolved': ['error', { ignore: ['^astro:'] }] },
  },
  Object.entries(FLOORS).map(([folder, allowed]) => ({ files: [`src/lib/${folder}/**`], rules: floorRules(folder, allowed, BROWSER_SAFE.includes(folder)) })),
  { files: ['src/scripts/**'], rules: floorRules('scripts', BROWSER_SAFE, true) },
  {
    files: ['src/lib/*.*', `src/lib/!(${Object.keys(FLOORS).join('|')})/**`],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: `a module of src/lib lives in the folder of its concern: ${Object.keys(FLOORS).join(', ')}.` }] },
  },
  {
    files: ['src/**/*.astro', 'src/scripts/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          message: 'interface words come from the dictionary: t(…) from src/lib/site/words.ts',
          // Every string: template text, code, template literals, and of the attributes those a reader sees or hears.
          mode: 'all',
          'should-validate-template': true,
          'jsx-attributes': { include: ['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label', 'description'] },
          // An error's message is for developers.
          callees: { exclude: [String.raw`\w*Error`] },
          // Words are two or more, or capitalised: a single lower-case token is a key, a class or an id;
          // punctuation, digits and the marks set between words (¶ › · ↗ –) are no words, nor is a
          // list of attribute, class or id selectors.
          words: { exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u, /^(?!\p{Lu}\p{Ll})\S+$/u, /^[[.#][\w-]+\]?(?:, [[.#][\w-]+\]?)*$/u] },
        },
      ],
    },
  },
);
