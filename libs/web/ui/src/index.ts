// what a layer in another library needs to sit on a <tp-map-host>
export { MapContext } from './lib/map/map-context';
export type { LeafletModule, LoadedMap, MapLayer } from './lib/map/map-context';
export * from './lib/map/map-host/map-host';
export * from './lib/map/site-layer/site-layer';
export * from './lib/map/site-plan-overlay/site-plan-overlay';
export * from './lib/map/draw-layer/draw-layer';
export * from './lib/map/incident-layer/incident-layer';
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/form-field/field-control';
export * from './lib/form-field/field-error';
export * from './lib/form-field/form-alert';
export * from './lib/form-field/validate-for-api';
export * from './lib/date-time/date-time-pipes';
export * from './lib/map/site-layer/kind-style';
export * from './lib/map/site-layer/kind-symbol';
export * from './lib/pager/pager';
export * from './lib/folder-download/folder-download';
export * from './lib/status-message/status-message';
