export * from './lib/incidents.module';
