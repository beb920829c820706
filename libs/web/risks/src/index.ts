export * from './lib/risks.routes';
