export * from './lib/bounds';
export * from './lib/mercator';
export * from './lib/site-style';
export * from './lib/site-map-svg';
