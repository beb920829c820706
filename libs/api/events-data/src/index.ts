export * from './lib/events-data.module';
export * from './lib/events.service';
export * from './lib/event.entity';
