import { z } from 'zod';
import { geometryTypeOfKind, SITE_KINDS, SiteKind } from './enums';
import { geometryProblems } from './site-geometry';
import { lineText, optionalText, versionField } from './validation';

// Ranges, point counts and rings are checked by `geometryProblems`, which words each rule.
const position = z.tuple([z.number(), z.number()]);

export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });
export const lineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position),
});
export const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(position)).max(100),
});
export const siteGeometrySchema = z
  .discriminatedUnion('type', [pointGeometry, lineGeometry, polygonGeometry])
  .superRefine((geometry, ctx) => {
    for (const problem of geometryProblems(geometry)) {
      ctx.addIssue({ code: 'custom', path: problem.path, params: { ...problem.params, code: problem.code } });
    }
  });
export type SiteGeometry = z.output<typeof siteGeometrySchema>;

/** Kinds whose footprint can be drawn to scale: they take a width, a depth and a rotation. */
export const SIZED_SITE_KINDS = ['venue', 'stage', 'tent'] as const;
export type SizedSiteKind = (typeof SIZED_SITE_KINDS)[number];

export function isSizedSiteKind(kind: SiteKind): kind is SizedSiteKind {
  return (SIZED_SITE_KINDS as readonly string[]).includes(kind);
}

/** Bounds of a footprint side in metres, and of a rotation in whole degrees clockwise from north. */
export const SITE_SIZE_BOUNDS = { min: 0.5, max: 500 } as const;
export const SITE_ROTATION_BOUNDS = { min: 0, max: 359 } as const;

const metres = z.number().min(SITE_SIZE_BOUNDS.min).max(SITE_SIZE_BOUNDS.max);

/** A footprint in metres; at rotation 0 the width runs east–west and the depth north–south. */
export const siteSizeSchema = z.strictObject({ width: metres, depth: metres });
export interface SiteSize {
  width: number;
  depth: number;
}

export const siteRotationSchema = z.int().min(SITE_ROTATION_BOUNDS.min).max(SITE_ROTATION_BOUNDS.max);

const siteFields = {
  kind: z.enum(SITE_KINDS),
  name: lineText(1, 200),
  description: optionalText(5000),
  address: optionalText(300),
  geometry: siteGeometrySchema,
  size: siteSizeSchema.nullable(),
  rotation: siteRotationSchema,
};

/** The issue for a size on a kind that has none; the API also applies it to the stored kind on update. */
export function sizeKindProblem(kind: SiteKind, size: SiteSize | null | undefined) {
  if (!size || isSizedSiteKind(kind)) return null;
  return { path: ['size'], params: { code: 'size_not_allowed' as const, kind } };
}

function sizeMatchesKind(value: { kind?: SiteKind; size?: SiteSize | null }, ctx: z.RefinementCtx) {
  if (!value.kind) return;
  const problem = sizeKindProblem(value.kind, value.size);
  if (problem) ctx.addIssue({ code: 'custom', ...problem });
}

function geometryMatchesKind(value: { kind?: SiteKind; geometry?: SiteGeometry }, ctx: z.RefinementCtx) {
  if (!value.kind || !value.geometry) return;
  const expected = geometryTypeOfKind(value.kind);
  if (value.geometry.type !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['geometry'],
      params: { code: 'geometry_kind_mismatch', kind: value.kind, expected },
    });
  }
}

export const siteCreateSchema = z
  .strictObject({
    ...siteFields,
    description: siteFields.description.optional(),
    address: siteFields.address.optional(),
    size: siteFields.size.optional(),
    rotation: siteFields.rotation.optional(),
  })
  .superRefine(geometryMatchesKind)
  .superRefine(sizeMatchesKind);
export type SiteCreate = z.output<typeof siteCreateSchema>;

export const siteUpdateSchema = z
  .strictObject(siteFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(geometryMatchesKind)
  .superRefine(sizeMatchesKind);
export type SiteUpdate = z.output<typeof siteUpdateSchema>;

export interface SiteDto {
  id: string;
  eventId: string;
  kind: SiteKind;
  name: string;
  description: string;
  address: string;
  geometry: SiteGeometry;
  /** Footprint in metres, only on sized kinds (SIZED_SITE_KINDS); null when not given. */
  size: SiteSize | null;
  /** Whole degrees 0–359, clockwise from north. */
  rotation: number;
  version: number;
}

export const SITE_PLAN_MAX_BYTES = 10 * 1024 * 1024;
export const SITE_PLAN_TYPES = ['image/png', 'image/jpeg'] as const;

/** Where the organiser's site plan image lies: its south-west and north-east corners in WGS84. */
const sitePlanBounds = z
  .strictObject({
    south: z.number().min(-90).max(90),
    west: z.number().min(-180).max(180),
    north: z.number().min(-90).max(90),
    east: z.number().min(-180).max(180),
  })
  .superRefine((bounds, ctx) => {
    if (bounds.north <= bounds.south) {
      ctx.addIssue({ code: 'custom', path: ['north'], params: { code: 'too_small', minimum: bounds.south } });
    }
    if (bounds.east <= bounds.west) {
      ctx.addIssue({ code: 'custom', path: ['east'], params: { code: 'too_small', minimum: bounds.west } });
    }
  });
export type SitePlanBounds = z.output<typeof sitePlanBounds>;

export const sitePlanPlacementSchema = z.strictObject({
  bounds: sitePlanBounds,
  opacity: z.number().min(0.1).max(1),
  version: versionField,
});
export type SitePlanPlacement = z.output<typeof sitePlanPlacementSchema>;

export interface SitePlanDto {
  eventId: string;
  contentType: (typeof SITE_PLAN_TYPES)[number];
  size: number;
  bounds: SitePlanBounds;
  opacity: number;
  version: number;
  updatedAt: string;
}
