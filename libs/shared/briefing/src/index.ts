export * from './lib/event-briefing';
export * from './lib/texts';
