// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Packages the domain must never see: it is plain TypeScript, tested without platforms or a database. */
const platformAndDriverPackages = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  '@microsoft/teams-ai',
  '@slack/*',
  'mongodb',
  'express',
  'node:http',
  'node:https',
  'http',
  'https',
  'undici',
  'pino',
];

/** A repository's collection reached through the stores (`stores.people.collection`, `deps.stores.outbox.collection`). */
const storeCollectionAccess =
  "MemberExpression[property.name='collection'][object.type='MemberExpression']:matches([object.object.name='stores'], [object.object.property.name='stores'])";

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.tools/', 'coverage/', 'cards/preview/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: platformAndDriverPackages,
              message: 'Cards are templates bound with typed data: no platform SDK, database driver or HTTP.',
            },
            {
              group: [
                '**/store/**',
                '**/channels/**',
                '**/http/**',
                '**/jobs/**',
                '**/outbox/**',
                '**/interactions/**',
              ],
              message: 'Cards render data they are given; what to show is decided in interactions/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/interactions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: platformAndDriverPackages,
              message:
                'Interactions are the same for Teams and Slack: platform SDKs belong in channels/, the driver in store/.',
            },
            {
              group: ['**/channels/**', '**/http/**', '**/jobs/**'],
              message: 'Interactions do not depend on the channels, the HTTP server or the clock that call them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: platformAndDriverPackages,
              message: 'The domain is plain TypeScript: no platform, database driver or HTTP imports.',
            },
            {
              group: ['**/store/**', '**/channels/**', '**/http/**', '**/jobs/**', '**/outbox/**'],
              message: 'The domain does not depend on outer layers; declare a port in the domain instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The store is closed: the rest of the bot asks a repository's named queries, each served by an index
    // declared beside it, and never reaches the driver. Only the composition root opens the database.
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/app.ts', 'src/main.ts', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'mongodb', message: 'Only src/store talks to MongoDB; add a named repository method.' }],
          patterns: [
            {
              group: ['**/store/driver-collection*'],
              message: 'The driver collection is the store’s own; add a named repository method instead.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: storeCollectionAccess,
          message: 'A repository’s collection is the store’s own; call (or add) a named repository method instead.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    // The one place a platform is named: the list a conversation link's field may hold.
    ignores: ['src/domain/links/conversation-link.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(teams|slack)$/i]',
          message: 'The domain never names a platform; the channel adapters translate to and from it.',
        },
      ],
    },
  },
);
