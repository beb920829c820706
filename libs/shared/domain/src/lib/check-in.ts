import { z } from 'zod';
import { Translated } from './language';
import { isoDateTime, optionalText } from './validation';

export const CHECK_IN_TARGET_KINDS = ['all', 'zone', 'near-site'] as const;
export type CheckInTargetKind = (typeof CHECK_IN_TARGET_KINDS)[number];

export const CHECK_IN_ANSWER_STATUSES = ['ok', 'need-help'] as const;
export type CheckInAnswerStatus = (typeof CHECK_IN_ANSWER_STATUSES)[number];

/** A recipient's state on the coordinator's view: answered either way, or not yet. */
export type CheckInRecipientState = CheckInAnswerStatus | 'no-answer';

export const CHECK_IN_TARGET_KIND_LABELS: Record<CheckInTargetKind, Translated> = {
  all: { sv: 'Alla deltagare', en: 'All participants' },
  zone: { sv: 'Personer i en zon', en: 'People in a zone' },
  'near-site': { sv: 'Personer vid en plats', en: 'People at or near a site' },
};

export const CHECK_IN_STATE_LABELS: Record<CheckInRecipientState, Translated> = {
  ok: { sv: 'Jag är OK', en: "I'm OK" },
  'need-help': { sv: 'Behöver hjälp', en: 'Needs help' },
  'no-answer': { sv: 'Inget svar ännu', en: 'No answer yet' },
};

/** Fill and text colour of a state (WCAG AA); the label is always shown beside it. */
export const CHECK_IN_STATE_COLORS: Record<CheckInRecipientState, { fill: string; text: string }> = {
  ok: { fill: '#2e7d32', text: '#ffffff' },
  'need-help': { fill: '#c62828', text: '#ffffff' },
  'no-answer': { fill: '#5f6368', text: '#ffffff' },
};

/** A site of a schedule item counts as "near" the chosen site within this distance. */
export const NEAR_SITE_METRES = 250;
/** Without a window, a check-in asks about this long around the moment it is started (either side). */
export const CHECK_IN_DEFAULT_WINDOW_MINUTES = 60;
export const CHECK_IN_MAX_ESCALATION_MINUTES = 24 * 60;
export const CHECK_IN_DEFAULT_ESCALATION_MINUTES = 15;

const id = z.string().min(1).max(64);

export const checkInTargetSchema = z
  .strictObject({
    kind: z.enum(CHECK_IN_TARGET_KINDS),
    siteId: id.nullable().optional(),
    from: isoDateTime.nullable().optional(),
    to: isoDateTime.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'all' && !value.siteId) {
      ctx.addIssue({ code: 'custom', path: ['siteId'], params: { code: 'required' } });
    }
    if (value.from && value.to && Date.parse(value.to) < Date.parse(value.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], params: { code: 'end_before_start' } });
    }
  });
export type CheckInTargetInput = z.output<typeof checkInTargetSchema>;

/** What the coordinator sends to start a check-in; the message is optional, in Swedish and English. */
export const checkInCreateSchema = z.strictObject({
  target: checkInTargetSchema,
  message: optionalText(1000).optional(),
  messageEn: optionalText(1000).optional(),
  /** After this many minutes, those who have not answered are raised as a task. */
  escalateAfterMinutes: z
    .int()
    .min(1)
    .max(CHECK_IN_MAX_ESCALATION_MINUTES)
    .default(CHECK_IN_DEFAULT_ESCALATION_MINUTES),
  /** The incident the check-in follows, when started from one. */
  incidentId: id.nullable().optional(),
});
export type CheckInCreate = z.output<typeof checkInCreateSchema>;

/** A participant's answer from their personal page. */
export const checkInAnswerSchema = z.strictObject({
  status: z.enum(CHECK_IN_ANSWER_STATUSES),
  note: optionalText(2000).optional(),
});
export type CheckInAnswer = z.output<typeof checkInAnswerSchema>;

export const checkInListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type CheckInListQuery = z.output<typeof checkInListQuerySchema>;

export interface CheckInTargetDto {
  kind: CheckInTargetKind;
  siteId: string | null;
  /** The site's name, for showing; null without a site or when it was deleted. */
  siteName: string | null;
  from: string | null;
  to: string | null;
}

export interface CheckInCounts {
  ok: number;
  needHelp: number;
  noAnswer: number;
}

export interface CheckInDto {
  id: string;
  eventId: string;
  message: string;
  messageEn: string;
  target: CheckInTargetDto;
  incidentId: string | null;
  createdAt: string;
  createdBy: string;
  escalateAfterMinutes: number;
  /** When those without an answer are raised as a task. */
  escalatesAt: string;
  /** When they were raised; null until then. */
  escalatedAt: string | null;
  counts: CheckInCounts;
}

export interface CheckInRecipientDto {
  participantId: string;
  fullName: string;
  phone: string;
  state: CheckInRecipientState;
  note: string;
  answeredAt: string | null;
  /** The incident a "needs help" answer made. */
  incidentId: string | null;
  incidentNumber: number | null;
  /** Raised as a task because no answer had come when the check-in escalated. */
  raised: boolean;
}

/** The coordinator's view: the check-in with every recipient, those who need help first. */
export interface CheckInDetailDto extends CheckInDto {
  recipients: CheckInRecipientDto[];
}

export interface CheckInListDto {
  items: CheckInDto[];
  total: number;
  limit: number;
  offset: number;
}

/** What a participant sees of a check-in sent to them. */
export interface ParticipantCheckInDto {
  id: string;
  message: string;
  messageEn: string;
  createdAt: string;
  answer: { status: CheckInAnswerStatus; note: string; answeredAt: string } | null;
}

/** Who a check-in goes to, for messages: the e-mail engineer sends from this. */
export interface CheckInRecipientContact {
  participantId: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  /** Not kept for participants yet: null means the event's default (Swedish). */
  language: 'sv' | 'en' | null;
}

/** The order of the coordinator's list: who needs help, then who has not answered, then OK. */
export const CHECK_IN_STATE_RANK: Record<CheckInRecipientState, number> = {
  'need-help': 0,
  'no-answer': 1,
  ok: 2,
};

/** The check-in's window: the one given, else an hour either side of when it starts. */
export function checkInWindow(
  target: { from?: string | null; to?: string | null },
  startedAt: string,
): { from: string; to: string } {
  const at = Date.parse(startedAt);
  const spread = CHECK_IN_DEFAULT_WINDOW_MINUTES * 60_000;
  const from = target.from
    ? Date.parse(target.from)
    : target.to
      ? Date.parse(target.to) - spread
      : at - spread;
  const to = target.to ? Date.parse(target.to) : target.from ? Date.parse(target.from) + spread : at + spread;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The description of the incident a "needs help" answer makes, in the words of the person's page. */
export function needHelpDescription(note: string, lang: 'sv' | 'en'): string {
  const said =
    lang === 'sv' ? 'Svarade "Jag behöver hjälp" på en avstämning.' : 'Answered "I need help" to a check-in.';
  return note ? `${said}\n${note}` : said;
}
