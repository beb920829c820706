export * from './lib/check-ins.module';
export * from './lib/check-in-escalation.job';
