import { isMitigationOverdue, MitigationDto } from '@tryggplan/shared/domain';

/** Today's date in Stockholm as YYYY-MM-DD, the zone the due dates are meant in. */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** The earliest due date of the mitigations not yet done, and how many of those are overdue. */
export function mitigationDue(
  mitigations: MitigationDto[],
  today: string,
): { next: string | null; overdue: number } {
  const open = mitigations.filter((m) => m.status !== 'done' && m.dueDate).map((m) => m.dueDate as string);
  open.sort();
  return { next: open[0] ?? null, overdue: mitigations.filter((m) => isMitigationOverdue(m, today)).length };
}
