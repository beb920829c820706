export * from './lib/check-ins.routes';
