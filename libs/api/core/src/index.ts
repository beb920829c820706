export * from './lib/config';
export * from './lib/errors';
export * from './lib/exception-filter';
export * from './lib/request-language';
export * from './lib/validation';
export * from './lib/clock';
export * from './lib/access';
export * from './lib/spreadsheet';
