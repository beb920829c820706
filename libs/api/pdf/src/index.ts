export * from './lib/pdf.module';
export * from './lib/pdf-renderer';
export * from './lib/send-pdf';
export * from './lib/folder-pdf-pool';
export * from './lib/map-tiles';
