/**
 * Two Jest projects in one run:
 *  - `lwc`: the Lightning web components, through sfdx-lwc-jest's preset (jsdom, LWC compiler,
 *    Salesforce's lightning-* stubs). TypeScript sources run directly; Babel strips the types,
 *    so `tsc --noEmit` type-checks them separately.
 *  - `node`: the project's own tooling and scripts (metadata checker, Mailchimp scripts, org scripts).
 */
import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const lwc: Config = {
    ...jestConfig,
    displayName: 'lwc',
    testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.ts'],
    transform: {
        ...jestConfig.transform,
        '^.+\\.(js|ts|html|css)$': '<rootDir>/scripts/jest-setup/lwc-transformer.cjs'
    },
    moduleNameMapper: {
        // sfdx-lwc-jest ships no stub for lightning/modal; ours lives with the other test mocks.
        '^lightning/modal$': '<rootDir>/scripts/jest-mocks/lightning/modal',
        '^lightning/toast$': '<rootDir>/scripts/jest-mocks/lightning/toast',
        '^@salesforce/customPermission/(.*)$': '<rootDir>/scripts/jest-mocks/customPermission',
        // Shared test helpers (flushPromises, $, $$), written once.
        '^lwc-test-utils$': '<rootDir>/scripts/jest-setup/lwcTestUtils'
    },
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv ?? []), '<rootDir>/scripts/jest-setup/sa11y.ts']
};

const node: Config = {
    displayName: 'node',
    rootDir: __dirname,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/scripts/**/__tests__/**/*.test.ts', '<rootDir>/workbench/**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/fixtures/'],
    transform: {
        '^.+\\.[cm]?ts$': [
            'babel-jest',
            {
                babelrc: false,
                configFile: false,
                presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
                plugins: ['@babel/plugin-transform-modules-commonjs']
            }
        ]
    },
    moduleFileExtensions: ['ts', 'mts', 'js', 'mjs', 'cjs', 'json']
};

const config: Config = {
    projects: [lwc, node],
    // A global option in Jest 29. axe on a card of many rows takes a second on an idle machine and several on a
    // busy 2-core one, and the tooling tests start Java and stand-in CLIs as real processes: the default 5 s
    // turned machine load into failures. A test that hangs still fails, after 30 s.
    testTimeout: 30_000,
    // Coverage patterns are global options in Jest (ignored inside `projects`).
    collectCoverageFrom: [
        'force-app/**/lwc/**/*.ts',
        '!force-app/**/lwc/**/__tests__/**',
        '!**/*.d.ts',
        'scripts/**/*.ts',
        '!scripts/**/__tests__/**',
        '!scripts/jest-*/**',
        '!scripts/verify/fixtures/**',
        // Few-line CLI entry points: cli.test.ts and install-paths.test.ts run them as real processes
        // (coverage cannot see that).
        '!scripts/mailchimp/{check,seed}.ts',
        '!scripts/org/{setup,test-apex,deploy,package-version,package-promote}.ts',
        '!scripts/webhooks/e2e-webhook.ts'
    ],
    coverageReporters: ['text-summary', 'lcov'],
    coverageThreshold: {
        global: { lines: 90 },
        // The components on their own, so well-covered tooling cannot hide an untested component.
        './force-app/': { lines: 90 }
    }
};

export default config;
