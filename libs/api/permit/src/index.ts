export * from './lib/permit.module';
