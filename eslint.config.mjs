// ESLint flat config.
//  - Lightning web components (TypeScript): Salesforce's LWC rules (@salesforce/eslint-config-lwc
//    "recommended") plus typescript-eslint's recommended rules, parsed by typescript-eslint's parser
//    (the LWC config's Babel parser breaks on type assertions; the LWC rules are AST rules and work
//    with either parser).
//  - Tooling, scripts and workbench (TypeScript on Node): typescript-eslint recommended.
import { createRequire } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import jestPlugin from 'eslint-plugin-jest';

const require = createRequire(import.meta.url);
const lwcConfig = require('@salesforce/eslint-config-lwc');

const lwcFiles = ['force-app/**/lwc/**/*.ts'];

const lwcRecommended = lwcConfig.configs.recommended.map((c) => ({
    ...c,
    files: lwcFiles,
    languageOptions: { ...(c.languageOptions ?? {}), parser: tseslint.parser }
}));

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'reports/**',
            '.verify/**',
            'workbench/dist/**',
            'scripts/verify/fixtures/**',
            // Emitted by `npm run build` from the TypeScript sources.
            'force-app/**/lwc/**/*.js',
            '**/*.d.ts'
        ]
    },
    ...lwcRecommended,
    ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts', '**/*.mts'] })),
    {
        files: lwcFiles,
        languageOptions: { globals: { ...globals.browser } }
    },
    {
        files: ['scripts/**/*.ts', 'workbench/**/*.ts', 'jest.config.ts', '**/*.mjs'],
        languageOptions: { globals: { ...globals.node } }
    },
    {
        files: ['**/__tests__/**/*.ts'],
        ...jestPlugin.configs['flat/recommended'],
        languageOptions: { globals: { ...globals.jest, ...globals.node, ...globals.browser } },
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            '@typescript-eslint/no-explicit-any': 'off'
        }
    },
    {
        files: ['**/*.ts', '**/*.mts'],
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
        }
    }
];
