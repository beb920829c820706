import { z } from 'zod';
import { ValidationCode } from './validation-messages';

/** The one error shape every API answer uses (shared/API.md). */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details?: { field: string; message: string; code?: ValidationCode; row?: number }[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const MAX_PAGE_SIZE = 500;
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

export interface PublicConfig {
  tileUrl: string;
  tileAttribution: string;
  tileMaxZoom: number;
}
