// Unit tests of the web app and the libs/web/* libraries: Angular in jsdom, zoneless like the app.
const { createCjsPreset } = require('jest-preset-angular/presets');
const { compilerOptions } = require('../../tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/\//g, '\\/')}$`,
    `<rootDir>/${target}`,
  ]),
);

module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/apps/web/tsconfig.spec.json' }),
  displayName: 'web',
  rootDir: '../..',
  roots: ['<rootDir>/apps/web/src', '<rootDir>/libs/web'],
  testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts', '<rootDir>/libs/web/**/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
  moduleNameMapper,
  // Transloco's helper package ships ESM in .js files; let the preset compile it like the .mjs files.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@angular/common/locales/.*\\.js$|@jsverse/))'],
  cacheDirectory: '<rootDir>/tmp/jest-web',
};
