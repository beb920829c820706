const preset = require('../../jest.node.preset.cjs');

module.exports = {
  rootDir: '../..',
  // 2 busy cores: a PDF or a ZIP of folders can take seconds; a hung test still fails, only later
  testTimeout: 30_000,
  projects: [
    {
      ...preset,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/libs/api/**/*.spec.ts',
        '<rootDir>/libs/shared/**/*.spec.ts',
      ],
    },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
    },
  ],
};
