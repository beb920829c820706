export * from './lib/messages.module';
