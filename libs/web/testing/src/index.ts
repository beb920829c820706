// For specs only: nothing the app itself imports.
export * from './lib/spec-transloco';
export * from './lib/fake-event-source';
