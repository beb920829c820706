import { Language } from './language';
import { SiteCreate, siteCreateSchema } from './site';
import { validate, ValidationDetail } from './validation';
import { validationMessage } from './validation-messages';

export const MAX_IMPORTED_FEATURES = 5_000;

/** The properties of one feature in a GeoJSON import or export of sites. */
export interface SiteFeatureProperties {
  kind: string;
  name: string;
  description?: string;
  address?: string;
  /** Sized kinds only (venue, stage, tent): the footprint in metres and its turn from north. */
  size?: { width: number; depth: number };
  rotation?: number;
}

export type SiteImportResult = { ok: true; sites: SiteCreate[] } | { ok: false; details: ValidationDetail[] };

const FEATURE_LABEL: Record<Language, (position: number, name: string) => string> = {
  sv: (position, name) => (name ? `Objekt ${position} (”${name}”)` : `Objekt ${position}`),
  en: (position, name) => (name ? `Feature ${position} ("${name}")` : `Feature ${position}`),
};

const IMPORTED_PROPERTIES = ['kind', 'name', 'description', 'address', 'size', 'rotation'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own member only: a key such as `__proto__` or `constructor` never comes from the prototype chain. */
function member(object: unknown, key: string): unknown {
  return isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;
}

function nameOf(feature: unknown): string {
  const name = member(member(feature, 'properties'), 'name');
  return typeof name === 'string' ? name.trim().slice(0, 80) : '';
}

/** A geometry's type and coordinates; foreign members (bbox, crs, `__proto__`) are left behind. */
function geometryOf(geometry: unknown): unknown {
  if (!isObject(geometry)) return geometry;
  return { type: member(geometry, 'type'), coordinates: member(geometry, 'coordinates') };
}

/** A size's width and depth; any other member is left behind. */
function sizeOf(size: unknown): unknown {
  if (!isObject(size)) return size;
  return { width: member(size, 'width'), depth: member(size, 'depth') };
}

/**
 * A new object with the members a site keeps, copied one by one (never merged, so no prototype is
 * reached); the feature's other members and properties (styling, ids from other tools) are ignored.
 */
function siteInputOf(feature: Record<string, unknown>): Record<string, unknown> {
  const properties = member(feature, 'properties');
  const input: Record<string, unknown> = { geometry: geometryOf(member(feature, 'geometry')) };
  for (const key of IMPORTED_PROPERTIES) {
    const value = member(properties, key);
    if (value !== undefined && value !== null) input[key] = key === 'size' ? sizeOf(value) : value;
  }
  return input;
}

function collectionProblem(lang: Language): SiteImportResult {
  return {
    ok: false,
    details: [
      {
        field: 'features',
        code: 'not_a_feature_collection',
        message: validationMessage('not_a_feature_collection', lang),
      },
    ],
  };
}

/**
 * Reads a GeoJSON FeatureCollection into sites, checking each with the same rules as a single site.
 * Every problem names its feature (1-based number and name) so a person can find it in the file.
 */
export function parseSiteImport(input: unknown, lang: Language): SiteImportResult {
  if (!isObject(input) || input['type'] !== 'FeatureCollection' || !Array.isArray(input['features'])) {
    return collectionProblem(lang);
  }
  const features = input['features'] as unknown[];
  if (features.length === 0) {
    return {
      ok: false,
      details: [{ field: 'features', code: 'empty_file', message: validationMessage('empty_file', lang) }],
    };
  }
  if (features.length > MAX_IMPORTED_FEATURES) {
    return {
      ok: false,
      details: [
        {
          field: 'features',
          code: 'too_big',
          message: validationMessage('too_big', lang, { maximum: MAX_IMPORTED_FEATURES }),
        },
      ],
    };
  }
  const sites: SiteCreate[] = [];
  const details: ValidationDetail[] = [];
  features.forEach((feature, index) => {
    const label = FEATURE_LABEL[lang](index + 1, nameOf(feature));
    if (!isObject(feature) || feature['type'] !== 'Feature') {
      details.push({
        field: `features[${index}]`,
        code: 'invalid_value',
        message: `${label}: ${validationMessage('invalid_value', lang)}`,
      });
      return;
    }
    const result = validate(siteCreateSchema, siteInputOf(feature), lang);
    if (result.ok) {
      sites.push(result.value);
      return;
    }
    for (const detail of result.details) {
      const property = detail.field.split('.')[0];
      const where = (IMPORTED_PROPERTIES as readonly string[]).includes(property)
        ? `properties.${detail.field}`
        : detail.field;
      details.push({
        ...detail,
        field: `features[${index}].${where}`,
        message: `${label}: ${detail.message}`,
      });
    }
  });
  return details.length > 0 ? { ok: false, details } : { ok: true, sites };
}
