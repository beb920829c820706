export * from './lib/participants.routes';
