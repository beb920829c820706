const preset = require('../../jest.node.preset.cjs');

module.exports = {
  rootDir: '../..',
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
