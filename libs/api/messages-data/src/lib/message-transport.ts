import { MessageChannel } from '@tryggplan/shared/domain';

/** A message on its way out of the outbox, to one recipient. */
export interface OutgoingMessage {
  recipient: string;
  recipientName: string;
  subject: string;
  text: string;
  html: string | null;
}

/** One way out (SMTP, an SMS provider); a thrown error is a failed attempt, retried by the outbox. */
export interface MessageTransport {
  readonly channel: MessageChannel;
  send(message: OutgoingMessage): Promise<void>;
  close(): Promise<void>;
}

/** The transports this installation has, one per channel; a missing channel is switched off. */
export const MESSAGE_TRANSPORTS = Symbol('MESSAGE_TRANSPORTS');
export type MessageTransports = Partial<Record<MessageChannel, MessageTransport>>;
