export * from './lib/briefing.module';
