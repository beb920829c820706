export * from './lib/permit.routes';
