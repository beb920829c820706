export * from './lib/permit-data.module';
export * from './lib/permit-application.service';
