import { z } from 'zod';
import { Language, Translated } from './language';
import { formatDate } from './time';

/** What a message is for; the outbox carries each kind the same way. */
export const MESSAGE_KINDS = ['personal-link', 'invitation', 'check-in-request', 'shared-revision'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** queued (also again after a failed attempt, with `attempts` > 0), sending, sent, or failed for good. */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How many times the outbox tries a message before it is failed for good. */
export const MAX_DELIVERY_ATTEMPTS = 5;

export const MESSAGE_KIND_LABELS: Record<MessageKind, Translated> = {
  'personal-link': { sv: 'Personlig länk', en: 'Personal link' },
  invitation: { sv: 'Inbjudan till konto', en: 'Account invitation' },
  'check-in-request': { sv: 'Avstämning', en: 'Check-in request' },
  'shared-revision': { sv: 'Ny delad version', en: 'New shared revision' },
};

export const MESSAGE_CHANNEL_LABELS: Record<MessageChannel, Translated> = {
  email: { sv: 'E-post', en: 'E-mail' },
  sms: { sv: 'SMS', en: 'SMS' },
};

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, Translated> = {
  queued: { sv: 'I kö', en: 'Queued' },
  sending: { sv: 'Skickas', en: 'Sending' },
  sent: { sv: 'Skickat', en: 'Sent' },
  failed: { sv: 'Misslyckades', en: 'Failed' },
};

/** A queued message that waits after an earlier failure: shown as "retrying". */
export const DELIVERY_RETRYING_LABEL: Translated = { sv: 'Nytt försök väntar', en: 'Retry pending' };

/** One row of an event's delivery log: who, what, and how it went; never the message itself. */
export interface Delivery {
  id: string;
  eventId: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  recipient: string;
  recipientName: string;
  participantId: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

/** Which channels this installation can send through. */
export interface MessageChannels {
  email: boolean;
  sms: boolean;
}

export interface DeliveryLog {
  items: Delivery[];
  total: number;
  channels: MessageChannels;
}

export const deliveryListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DeliveryListQuery = z.infer<typeof deliveryListQuerySchema>;

/** Why a person got no message. */
export const SEND_SKIP_REASONS = ['no-address'] as const;
export type SendSkipReason = (typeof SEND_SKIP_REASONS)[number];

export const participantLinksSendSchema = z.strictObject({
  participantIds: z.array(z.string().min(1).max(64)).min(1).max(5000).optional(),
});
export type ParticipantLinksSend = z.infer<typeof participantLinksSendSchema>;

export interface ParticipantLinksSendResult {
  /** Messages put in the outbox, each with a new link. */
  queued: number;
  /** People left out (nothing to reach them by); their old link, if any, still works. */
  skipped: { participantId: string; fullName: string; reason: SendSkipReason }[];
}

export const SEND_SKIP_REASON_LABELS: Record<SendSkipReason, Translated> = {
  'no-address': {
    sv: 'Saknar e-postadress (och telefonnummer när SMS är på)',
    en: 'No e-mail address (nor phone number when SMS is on)',
  },
};

/** A message as it is sent: a subject (e-mail only), plain text, and the same as simple HTML. */
export interface MessageContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

/** Paragraphs of plain text, a link among them, as both text and HTML. */
function compose(lang: Language, subject: string, paragraphs: string[], url?: string): MessageContent {
  const closing = lang === 'sv' ? 'Hälsningar, Tryggplan' : 'Regards, Tryggplan';
  const text = [...paragraphs, ...(url ? [url] : []), closing].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(url ? [`<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`] : []),
    `<p>${escapeHtml(closing)}</p>`,
  ].join('\n');
  return { subject, text, html: `<!doctype html><html lang="${lang}"><body>${html}</body></html>` };
}

/** The personal link mail: the person's own name and link, nothing about anyone else, no schedule. */
export function personalLinkMessage(input: {
  lang: Language;
  fullName: string;
  eventName: string;
  url: string;
  expiresAt: string;
  /** The event's time zone, Europe/Stockholm by default. */
  timeZone?: string;
}): MessageContent {
  const until = formatDate(input.expiresAt, input.lang, input.timeZone);
  return input.lang === 'sv'
    ? compose(
        'sv',
        `Din personliga länk till ${input.eventName}`,
        [
          `Hej ${input.fullName}!`,
          `Här är din personliga länk till säkerhetsinformationen inför ${input.eventName}. Den gäller till och med ${until} och ersätter tidigare länkar.`,
          'Dela inte länken med någon annan.',
        ],
        input.url,
      )
    : compose(
        'en',
        `Your personal link for ${input.eventName}`,
        [
          `Hello ${input.fullName},`,
          `Here is your personal link to the security information for ${input.eventName}. It is valid until ${until} and replaces any earlier link.`,
          'Do not share the link with anyone.',
        ],
        input.url,
      );
}

/** The account invitation: a link to choose a password. */
export function invitationMessage(input: {
  lang: Language;
  displayName: string;
  url: string;
}): MessageContent {
  return input.lang === 'sv'
    ? compose(
        'sv',
        'Inbjudan till Tryggplan',
        [
          `Hej ${input.displayName}!`,
          'Du har fått ett konto i Tryggplan. Välj ditt lösenord genom länken nedan; den fungerar en gång.',
        ],
        input.url,
      )
    : compose(
        'en',
        'Invitation to Tryggplan',
        [
          `Hello ${input.displayName},`,
          'An account in Tryggplan has been made for you. Choose your password through the link below; it works once.',
        ],
        input.url,
      );
}

/**
 * A check-in request: the person's name and the coordinator's message, and where to answer. It carries no
 * link: a new one would stop the one in the person's folder, so they answer on the page they already have.
 */
export function checkInRequestMessage(input: {
  lang: Language;
  fullName: string;
  eventName: string;
  message: string;
}): MessageContent {
  return input.lang === 'sv'
    ? compose('sv', `Är du OK? – ${input.eventName}`, [
        `Hej ${input.fullName}!`,
        `Säkerhetssamordnaren för ${input.eventName} vill veta att du är i säkerhet.`,
        ...(input.message ? [input.message] : []),
        'Svara ”Jag är OK” eller ”Jag behöver hjälp” på din personliga sida: öppna länken du fått tidigare eller skanna QR-koden i din säkerhetsfolder. Ring 112 om det är akut.',
      ])
    : compose('en', `Are you OK? – ${input.eventName}`, [
        `Hello ${input.fullName},`,
        `The security coordinator for ${input.eventName} wants to know that you are safe.`,
        ...(input.message ? [input.message] : []),
        'Answer “I am OK” or “I need help” on your personal page: open the link you were sent before or scan the QR code in your briefing folder. Call 112 if it is acute.',
      ]);
}

/** To a partner's accounts: a new revision is shared with their organisation. No personal data. */
export function sharedRevisionMessage(input: {
  lang: Language;
  eventName: string;
  revision: number;
  url: string;
}): MessageContent {
  return input.lang === 'sv'
    ? compose(
        'sv',
        `Ny version av säkerhetsplanen för ${input.eventName}`,
        [
          `Version ${input.revision} av säkerhetsplanen för ${input.eventName} har delats med er organisation.`,
        ],
        input.url,
      )
    : compose(
        'en',
        `New revision of the security plan for ${input.eventName}`,
        [
          `Revision ${input.revision} of the security plan for ${input.eventName} has been shared with your organisation.`,
        ],
        input.url,
      );
}
