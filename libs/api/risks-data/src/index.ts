export * from './lib/risks-data.module';
export * from './lib/risks.service';
export * from './lib/risk.entity';
export * from './lib/risk-change.entity';
export * from './lib/risk-site.entity';
export * from './lib/risk-query';
export { editableOf } from './lib/risk-mapping';
