// ESLint flat config for the extension, the build scripts and the browser tests.
import js from '@eslint/js';
import globals from 'globals';

// No eval, and page text reaches the UI through textContent only (extension and demo page); no
// function longer than one sitting's reading.
const NO_HTML_OR_EVAL = {
  'max-lines-per-function': ['error', { max: 150, IIFEs: true }],
  'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error',
  'no-restricted-properties': ['error',
    { property: 'innerHTML', message: 'Use textContent: page text is never parsed as HTML.' },
    { property: 'outerHTML', message: 'Use textContent: page text is never parsed as HTML.' },
    { property: 'insertAdjacentHTML', message: 'Use DOM methods: page text is never parsed as HTML.' }],
};

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'tests/browser/artifacts/**', 'tests/browser/fixtures/pages/**', 'www/pkg/**'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js', 'tests/browser/fixtures/**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions, browser: 'readonly' },
    },
    rules: {
      ...NO_HTML_OR_EVAL,
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'The extension makes no network request.' },
        { name: 'XMLHttpRequest', message: 'The extension makes no network request.' },
        { name: 'WebSocket', message: 'The extension makes no network request.' },
        { name: 'EventSource', message: 'The extension makes no network request.' }],
    },
  },
  {
    // The demo page: browser code under the same no-HTML rule; it fetches its own seed text.
    files: ['www/**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      ...NO_HTML_OR_EVAL,
    },
  },
  {
    files: ['extension/content.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'eslint.config.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
  },
];
