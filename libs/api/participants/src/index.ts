export * from './lib/participants.module';
export * from './lib/retention.service';
