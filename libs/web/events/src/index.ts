export * from './lib/events.routes';
export * from './lib/events-api';
export * from './lib/briefing-page/briefing-page';
