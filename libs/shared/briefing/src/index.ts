export * from './lib/event-briefing';
export * from './lib/texts';
export * from './lib/risk-plan';
