import {
  isoDate,
  MAX_PAGE_SIZE,
  PARTICIPANT_ROLES,
  PROTECTION_LEVELS,
  wallClockToIso,
} from '@tryggplan/shared/domain';
import { z } from 'zod';

const SORTABLE = ['fullName', 'role', 'organization', 'protectionLevel', 'arrivalAt', 'updatedAt'] as const;

export const participantListQuerySchema = z
  .strictObject({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
    offset: z.coerce.number().int().min(0).default(0),
    role: z.enum(PARTICIPANT_ROLES).optional(),
    protectionLevel: z.enum(PROTECTION_LEVELS).optional(),
    organization: z.string().max(200).optional(),
    q: z.string().trim().max(200).optional(),
    /** A day of the event (Stockholm time): people with a schedule item that day. */
    day: isoDate.optional(),
    sort: z
      .string()
      .regex(new RegExp(`^(${SORTABLE.join('|')})(:(asc|desc))?$`))
      .default('fullName:asc')
      .transform((value) => {
        const [column, direction = 'asc'] = value.split(':');
        return [column, direction] as [string, 'asc' | 'desc'];
      }),
  })
  .transform((query) => ({
    ...query,
    dayStart: query.day ? wallClockToIso(`${query.day} 00:00`, 'Europe/Stockholm') : undefined,
    dayEnd: query.day ? wallClockToIso(`${query.day} 23:59:59`, 'Europe/Stockholm') : undefined,
  }));
export type ParticipantListQuery = z.output<typeof participantListQuerySchema>;
