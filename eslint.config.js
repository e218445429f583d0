import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Import boundaries of docs/architecture: what each layer may depend on. */
const outside = (groups, allowTypeImports = false) => ({
  patterns: [{ group: groups, allowTypeImports, message: 'Layer boundary: see docs/architecture.md.' }],
});
/**
 * A layer's forbidden neighbours, as relative imports into the named folders of electron/ (regex, so a
 * folder name inside the domain such as domain/sync is not mistaken for the sync adapter), plus packages.
 * One flat-config entry per file may set the rule (a later entry replaces an earlier one), so the
 * database restriction is carried along where it applies.
 */
const MESSAGE = 'Layer boundary (nothing below calls up): see docs/architecture.md.';
const boundaries = ({ up, fromRoot = false, db = false, packages = [] }) => ({
  paths: packages.map((name) => ({ name, message: MESSAGE })),
  patterns: [
    { regex: fromRoot ? `^(\\.\\./)+electron/(${up.join('|')})(/|$)` : `^(\\.\\./)+(${up.join('|')})(/|$)`, message: MESSAGE },
    ...(db ? [{ group: DB, allowTypeImports: true, message: MESSAGE }] : []),
  ],
});
const DB = ['**/db/client', '**/db/queries/*', '**/db/schema', '**/db/schema/*', '**/db/backup-file', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'];
const TESTS = ['**/*.test.ts', 'electron/testing/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'e2e/.artifacts/**', 'db/migrations/**', '.desk-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  // The domain is pure: nothing outside electron/domain, no Node built-ins, no packages.
  {
    files: ['electron/domain/*.ts'],
    ignores: ['electron/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['../*', '!./*', 'node:*', 'electron', 'react', 'zod', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'])] },
  },
  {
    files: ['electron/domain/*/**/*.ts'],
    ignores: ['electron/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['../../*', 'node:*', 'electron', 'react', 'zod', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'])] },
  },
  // Only services (and the db layer itself) touch the database.
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['electron/services/**', 'electron/domain/**', 'electron/web-host/**', 'electron/testing/**', 'electron/**/*.test.ts', 'e2e/**'],
    rules: { 'no-restricted-imports': ['error', outside(DB, true)] },
  },
  // Nothing below calls up: the contract knows only the domain; services never reach for the transports or
  // the shell; adapters (files, OCR, PDF, the bureau, policy loading) serve the services and never call them;
  // rpc dispatches and composes but is not a transport; db/ knows only the domain's vocabulary.
  {
    files: ['electron/contract/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', boundaries({ up: ['services', 'rpc', 'web-host', 'main', 'files', 'ocr', 'pdf', 'sync'], db: true, packages: ['electron'] })] },
  },
  {
    files: ['electron/services/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', boundaries({ up: ['rpc', 'web-host', 'main'], packages: ['electron', 'react'] })] },
  },
  {
    files: ['electron/files/**/*.ts', 'electron/ocr/**/*.ts', 'electron/pdf/**/*.ts', 'electron/policy/**/*.ts', 'electron/shared/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', boundaries({ up: ['services', 'rpc', 'web-host', 'main'], db: true, packages: ['electron'] })] },
  },
  {
    // the bureau adapter names the sync service's report type (type only), never calls it
    files: ['electron/sync/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', boundaries({ up: ['rpc', 'web-host', 'main'], db: true, packages: ['electron'] })] },
  },
  {
    files: ['electron/rpc/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', boundaries({ up: ['web-host', 'main'], db: true, packages: ['electron'] })] },
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['**/*.test.ts', 'db/test-db.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries({ up: ['services', 'rpc', 'web-host', 'main', 'files', 'contract', 'ocr', 'pdf', 'sync'], fromRoot: true, packages: ['electron'] })] },
  },
  // The web host composes, but does not query.
  {
    files: ['electron/web-host/**/*.ts'],
    ignores: ['electron/web-host/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/db/client', '**/db/queries/*', '**/db/schema', '**/db/schema/*', 'drizzle-orm', 'drizzle-orm/*'], true)] },
  },
  // The renderer knows the backend only through the contract's types.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/*', '!**/electron/contract'], message: 'The renderer imports only types from electron/contract.' },
          { group: ['**/electron/contract'], allowTypeImports: true, message: 'The renderer imports only types from electron/contract.' },
          { group: ['**/db/*', 'node:*', 'better-sqlite3', 'drizzle-orm'], message: 'No backend code in the renderer.' },
        ],
      }],
    },
  },
  // The preload may take the contract's method list and nothing else of the backend.
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', outside(['**/services/*', '**/db/*', '**/rpc/*', 'node:*'])] },
  },
);
