export * from './lib/events-api';
export * from './lib/event-list-page/event-list-page';
export * from './lib/workspace/event-workspace';
export * from './lib/workspace/workspace-nav';
export * from './lib/overview-page/overview-page';
export * from './lib/map-page/event-map-page';
export * from './lib/briefing-page/briefing-page';
