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
}

export type SiteImportResult = { ok: true; sites: SiteCreate[] } | { ok: false; details: ValidationDetail[] };

const FEATURE_LABEL: Record<Language, (position: number, name: string) => string> = {
  sv: (position, name) => (name ? `Objekt ${position} (”${name}”)` : `Objekt ${position}`),
  en: (position, name) => (name ? `Feature ${position} ("${name}")` : `Feature ${position}`),
};

const IMPORTED_PROPERTIES = ['kind', 'name', 'description', 'address'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(feature: unknown): string {
  const name = isObject(feature) && isObject(feature['properties']) ? feature['properties']['name'] : '';
  return typeof name === 'string' ? name.trim().slice(0, 80) : '';
}

/** Only the properties a site keeps; others (styling, ids from other tools) are ignored. */
function siteInputOf(feature: unknown): unknown {
  if (!isObject(feature)) return feature;
  const properties = isObject(feature['properties']) ? feature['properties'] : {};
  const input: Record<string, unknown> = { geometry: feature['geometry'] };
  for (const key of IMPORTED_PROPERTIES) {
    if (properties[key] !== undefined && properties[key] !== null) input[key] = properties[key];
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
      const where = ['kind', 'name', 'description', 'address'].includes(detail.field)
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
