export * from './lib/event-briefing';
export * from './lib/texts';
export * from './lib/risk-plan';
export * from './lib/folder';
export * from './lib/folder-map';
export * from './lib/folder-texts';
export * from './lib/print-fonts';
export * from './lib/incident-report';
