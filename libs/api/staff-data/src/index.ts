export * from './lib/staff-data.module';
export * from './lib/staff.service';
