export * from './lib/audit-data.module';
export * from './lib/audit.service';
export * from './lib/audit-entry.entity';
