import { z } from 'zod';
import { Language, LANGUAGES } from './language';

/** The paper a print map is laid out for, and which way up. */
export const PRINT_MAP_PAPERS = ['a4', 'a3'] as const;
export type PrintMapPaper = (typeof PRINT_MAP_PAPERS)[number];
export const PRINT_MAP_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type PrintMapOrientation = (typeof PRINT_MAP_ORIENTATIONS)[number];

/** The scales a print map may be drawn at (the denominator N of 1:N); omitted means fitted to the area. */
export const PRINT_MAP_SCALE_BOUNDS = { min: 500, max: 25_000 } as const;
/** The scales the print dialog offers. */
export const PRINT_MAP_SCALES = [500, 1000, 2000, 5000, 10_000, 25_000] as const;

/** Like the permit e-service's limit: a print map PDF never grows past this (the background goes first). */
export const PRINT_MAP_MAX_BYTES = 10 * 1024 * 1024;

export const PRINT_MAP_PAPER_LABELS: Record<PrintMapPaper, string> = { a4: 'A4', a3: 'A3' };

export const PRINT_MAP_FILE_NAME: Record<Language, string> = { sv: 'karta', en: 'map' };

/** An area as `west,south,east,north` in WGS84 degrees, as the print map's `bbox` parameter writes it. */
export interface PrintMapBbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** "west,south,east,north": four finite numbers within the globe (Web Mercator's), west < east, south < north. */
export const printMapBboxField = z.string().transform((value, ctx): PrintMapBbox => {
  const parts = value.split(',').map((part) => part.trim());
  const numbers = parts.map((part) => (part === '' ? NaN : Number(part)));
  const [west, south, east, north] = numbers;
  const valid =
    numbers.length === 4 &&
    numbers.every(Number.isFinite) &&
    west >= -180 &&
    east <= 180 &&
    south >= -85 &&
    north <= 85 &&
    west < east &&
    south < north;
  if (!valid) {
    ctx.addIssue({ code: 'custom', params: { code: 'invalid_bbox' } });
    return z.NEVER;
  }
  return { west, south, east, north };
});

/** The query of `GET /api/events/:eventId/print-map.pdf`. */
export const printMapQuerySchema = z.strictObject({
  paper: z.enum(PRINT_MAP_PAPERS).default('a4'),
  orientation: z.enum(PRINT_MAP_ORIENTATIONS).default('landscape'),
  scale: z.coerce.number().int().min(PRINT_MAP_SCALE_BOUNDS.min).max(PRINT_MAP_SCALE_BOUNDS.max).optional(),
  bbox: printMapBboxField.optional(),
  lang: z.enum(LANGUAGES).default('sv'),
});
export type PrintMapQuery = z.output<typeof printMapQuerySchema>;
