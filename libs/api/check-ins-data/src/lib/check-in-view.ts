import {
  CHECK_IN_STATE_RANK,
  CheckInAnswerStatus,
  CheckInDto,
  CheckInRecipientDto,
  CheckInRecipientState,
  CheckInTargetKind,
  ParticipantCheckInDto,
} from '@tryggplan/shared/domain';
import { CheckInRow, OwnCheckInRow, RecipientRow } from './check-ins.queries';

export function toCheckInDto(row: CheckInRow): CheckInDto {
  return {
    id: row.id,
    eventId: row.eventId,
    message: row.message,
    messageEn: row.messageEn,
    target: {
      kind: row.targetKind as CheckInTargetKind,
      siteId: row.siteId,
      siteName: row.siteName,
      from: row.fromAt,
      to: row.toAt,
    },
    incidentId: row.incidentId,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    escalateAfterMinutes: Number(row.escalateAfterMinutes),
    escalatesAt: row.escalatesAt,
    escalatedAt: row.escalatedAt,
    counts: {
      ok: Number(row.ok ?? 0),
      needHelp: Number(row.needHelp ?? 0),
      noAnswer: Number(row.noAnswer ?? 0),
    },
  };
}

export function toRecipientDto(row: RecipientRow): CheckInRecipientDto {
  const state = (row.status ?? 'no-answer') as CheckInRecipientState;
  return {
    participantId: row.participantId,
    fullName: row.fullName,
    phone: row.phone ?? '',
    state,
    note: row.note,
    answeredAt: row.answeredAt,
    incidentId: row.incidentId,
    incidentNumber: row.incidentNumber === null ? null : Number(row.incidentNumber),
    raised: state === 'no-answer' && row.raisedAt !== null,
  };
}

/** One collator for every sort: localeCompare with a locale builds a new one per call. */
const SWEDISH = new Intl.Collator('sv');

/** Who needs help first, then who has not answered (those raised first), then who is OK; by name within. */
export function byUrgency(a: CheckInRecipientDto, b: CheckInRecipientDto): number {
  return (
    CHECK_IN_STATE_RANK[a.state] - CHECK_IN_STATE_RANK[b.state] ||
    Number(b.raised) - Number(a.raised) ||
    SWEDISH.compare(a.fullName, b.fullName)
  );
}

export function toParticipantCheckIn(row: OwnCheckInRow): ParticipantCheckInDto {
  return {
    id: row.id,
    message: row.message,
    messageEn: row.messageEn,
    createdAt: row.createdAt,
    answer:
      row.status && row.answeredAt
        ? { status: row.status as CheckInAnswerStatus, note: row.note, answeredAt: row.answeredAt }
        : null,
  };
}
