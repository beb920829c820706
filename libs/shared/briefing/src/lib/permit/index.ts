export * from './permit-document';
export * from './permit-map-scale';
export * from './permit-maps';
export * from './permit-summary';
export * from './permit-site-plan';
export * from './permit-organisation';
export * from './permit-evacuation-map';
