export * from './lib/risks.module';
export * from './lib/risks.service';
export * from './lib/risk.entity';
export * from './lib/risk-change.entity';
export * from './lib/risk-site.entity';
