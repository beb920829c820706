import { Language, LANGUAGES, Translated } from './language';

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

/** The column headers of the template and the export, in each language; an import reads either. */
export const PARTICIPANT_COLUMN_LABELS: Record<ParticipantImportField, Translated> = {
  fullName: { sv: 'Namn', en: 'Name' },
  role: { sv: 'Roll', en: 'Role' },
  organization: { sv: 'Organisation', en: 'Organization' },
  email: { sv: 'E-post', en: 'Email' },
  phone: { sv: 'Telefon', en: 'Phone' },
  protectionLevel: { sv: 'Skyddsnivå', en: 'Protection level' },
  arrivalAt: { sv: 'Ankomst', en: 'Arrival' },
  departureAt: { sv: 'Avresa', en: 'Departure' },
  emergencyContactName: { sv: 'Anhörig', en: 'Emergency contact' },
  emergencyContactPhone: { sv: 'Anhörigs telefon', en: 'Emergency contact phone' },
  notes: { sv: 'Anteckningar', en: 'Notes' },
};

export function participantColumnHeaders(lang: Language): string[] {
  return PARTICIPANT_IMPORT_FIELDS.map((field) => PARTICIPANT_COLUMN_LABELS[field][lang]);
}

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
  email: 'email',
  'e-mail': 'email',
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

const LABELLED: Record<string, ParticipantImportField> = Object.fromEntries(
  PARTICIPANT_IMPORT_FIELDS.flatMap((field) =>
    LANGUAGES.map((lang) => [PARTICIPANT_COLUMN_LABELS[field][lang].toLowerCase(), field]),
  ),
);

/** The participant field a column header most likely means (the API and the import screen agree on it). */
export function guessField(header: string): ParticipantImportField | undefined {
  const key = header.trim();
  if ((PARTICIPANT_IMPORT_FIELDS as readonly string[]).includes(key)) return key as ParticipantImportField;
  return LABELLED[key.toLowerCase()] ?? ALIASES[key.toLowerCase()];
}

/** The column names an import understands, for a message that says what a file should have. */
export function acceptedColumnNames(lang: Language): string {
  return participantColumnHeaders(lang).join(', ');
}
