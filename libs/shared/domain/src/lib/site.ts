import { z } from 'zod';
import { geometryTypeOfKind, SITE_KINDS, SiteKind } from './enums';
import { optionalText, trimmedText, versionField } from './validation';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });
export const lineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position).min(2).max(10000),
});
export const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(position).min(4).max(10000)).min(1).max(100),
});
export const siteGeometrySchema = z.discriminatedUnion('type', [
  pointGeometry,
  lineGeometry,
  polygonGeometry,
]);
export type SiteGeometry = z.output<typeof siteGeometrySchema>;

const siteFields = {
  kind: z.enum(SITE_KINDS),
  name: trimmedText(1, 200),
  description: optionalText(5000),
  address: optionalText(300),
  geometry: siteGeometrySchema,
};

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
  if (value.geometry.type === 'Polygon') {
    value.geometry.coordinates.forEach((ring, index) => {
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        ctx.addIssue({
          code: 'custom',
          path: ['geometry', 'coordinates', index],
          params: { code: 'invalid_geometry', reason: 'ring not closed' },
        });
      }
    });
  }
}

export const siteCreateSchema = z
  .strictObject({
    ...siteFields,
    description: siteFields.description.optional(),
    address: siteFields.address.optional(),
  })
  .superRefine(geometryMatchesKind);
export type SiteCreate = z.output<typeof siteCreateSchema>;

export const siteUpdateSchema = z
  .strictObject(siteFields)
  .partial()
  .extend({ version: versionField })
  .superRefine(geometryMatchesKind);
export type SiteUpdate = z.output<typeof siteUpdateSchema>;

export interface SiteDto {
  id: string;
  eventId: string;
  kind: SiteKind;
  name: string;
  description: string;
  address: string;
  geometry: SiteGeometry;
  version: number;
}
