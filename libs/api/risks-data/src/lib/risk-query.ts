import { MAX_PAGE_SIZE, RISK_CATEGORIES, RISK_LEVELS, RISK_STATUSES } from '@tryggplan/shared/domain';
import { z } from 'zod';

const SORTABLE = [
  'score',
  'residualScore',
  'title',
  'category',
  'status',
  'owner',
  'updatedAt',
  'nextDueDate',
] as const;

export const riskListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  category: z.enum(RISK_CATEGORIES).optional(),
  level: z.enum(RISK_LEVELS).optional(),
  basis: z.enum(['inherent', 'residual']).default('inherent'),
  status: z.enum(RISK_STATUSES).optional(),
  owner: z.string().max(200).optional(),
  siteId: z.string().max(64).optional(),
  likelihood: z.coerce.number().int().min(1).max(5).optional(),
  consequence: z.coerce.number().int().min(1).max(5).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(200).optional(),
  sort: z
    .string()
    .regex(new RegExp(`^(${SORTABLE.join('|')})(:(asc|desc))?$`))
    .default('score:desc')
    .transform((value) => {
      const [column, direction = 'desc'] = value.split(':');
      return [column, direction] as [string, 'asc' | 'desc'];
    }),
});
export type RiskListQuery = z.output<typeof riskListQuerySchema>;

export const matrixQuerySchema = z.strictObject({
  basis: z.enum(['inherent', 'residual']).default('inherent'),
});
