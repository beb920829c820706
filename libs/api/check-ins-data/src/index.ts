export * from './lib/check-ins-data.module';
export * from './lib/check-ins.service';
