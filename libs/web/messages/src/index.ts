export * from './lib/messages.routes';
