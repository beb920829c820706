export * from './lib/events.routes';
export * from './lib/events-api';
