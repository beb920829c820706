export * from './lib/incidents-data.module';
export * from './lib/incidents.service';
export * from './lib/action-plan.service';
export * from './lib/incident-view';
export * from './lib/partner-incidents.service';
export * from './lib/incident-reports.service';
