export * from './lib/briefing.module';
export * from './lib/pdf-renderer';
export * from './lib/send-pdf';
