export * from './lib/messages-data.module';
export * from './lib/message-outbox';
export * from './lib/deliveries.service';
export * from './lib/outbox-worker';
export * from './lib/shared-revision-notices';
export * from './lib/invitation-notices';
export type { MessageTransport, OutgoingMessage } from './lib/message-transport';
