export * from './lib/risks.module';
