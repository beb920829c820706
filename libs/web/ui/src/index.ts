export * from './lib/site-map/site-map';
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/form-field/field-control';
export * from './lib/form-field/field-error';
export * from './lib/form-field/form-alert';
export * from './lib/form-field/validate-for-api';
export * from './lib/date-time/date-time-pipes';
