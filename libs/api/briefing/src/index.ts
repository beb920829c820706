export * from './lib/briefing.module';
export * from './lib/pdf-renderer';
