/**
 * The UI texts are split by feature, one folder per part under `apps/web/public/i18n`, so features
 * can grow their texts independently; each part owns distinct top-level keys.
 */
export const TRANSLATION_PARTS = [
  'core',
  'risks',
  'participants',
  'maps',
  'briefing',
  'partners',
  'audit',
  'incidents',
  'workspace',
  'staff',
  'permit',
  'check-ins',
  'messages',
] as const;
