/** Server tests run against real PostgreSQL: see test/global-setup.ts for how it is found. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // ESM-only dependencies (cookie 2, graphile-worker) are compiled to CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(cookie|graphile-worker)/)'],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
      },
    ],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  // Test files create their own databases; two at a time suits a 2-core machine.
  maxWorkers: 2,
};
