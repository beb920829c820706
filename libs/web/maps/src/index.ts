export * from './lib/site-editor/site-editor';
