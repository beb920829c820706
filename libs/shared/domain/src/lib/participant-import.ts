export const PARTICIPANT_IMPORT_FIELDS = [
  'fullName',
  'role',
  'organization',
  'email',
  'phone',
  'protectionLevel',
  'arrivalAt',
  'departureAt',
  'emergencyContactName',
  'emergencyContactPhone',
  'notes',
] as const;
export type ParticipantImportField = (typeof PARTICIPANT_IMPORT_FIELDS)[number];

/** Column names a Swedish spreadsheet is likely to have, so that most files need no mapping at all. */
const ALIASES: Record<string, ParticipantImportField> = {
  namn: 'fullName',
  'fullständigt namn': 'fullName',
  name: 'fullName',
  'full name': 'fullName',
  roll: 'role',
  organisation: 'organization',
  förvaltning: 'organization',
  parti: 'organization',
  'e-post': 'email',
  epost: 'email',
  mejl: 'email',
  telefon: 'phone',
  mobil: 'phone',
  mobilnummer: 'phone',
  skyddsnivå: 'protectionLevel',
  ankomst: 'arrivalAt',
  avresa: 'departureAt',
  anhörig: 'emergencyContactName',
  'anhörigs telefon': 'emergencyContactPhone',
  anteckningar: 'notes',
  övrigt: 'notes',
};

/** The participant field a column header most likely means (the API and the import screen agree on it). */
export function guessField(header: string): ParticipantImportField | undefined {
  const key = header.trim();
  if ((PARTICIPANT_IMPORT_FIELDS as readonly string[]).includes(key)) return key as ParticipantImportField;
  return ALIASES[key.toLowerCase()];
}
