import { Language, Translated } from './language';
import { StaffRole } from './staff';
import { columnGuesser, columnHeaders } from './table-import';

/**
 * The columns of a staff import: one row per shift, the person repeated on each of their rows. A row
 * without a shift adds or updates the person only.
 */
export const STAFF_IMPORT_FIELDS = [
  'fullName',
  'role',
  'organization',
  'phone',
  'email',
  'shiftStart',
  'shiftEnd',
  'post',
] as const;
export type StaffImportField = (typeof STAFF_IMPORT_FIELDS)[number];

/** The column headers of the template, in each language; an import reads either. */
export const STAFF_COLUMN_LABELS: Record<StaffImportField, Translated> = {
  fullName: { sv: 'Namn', en: 'Name' },
  role: { sv: 'Roll', en: 'Role' },
  organization: { sv: 'Organisation', en: 'Organization' },
  phone: { sv: 'Telefon', en: 'Phone' },
  email: { sv: 'E-post', en: 'Email' },
  shiftStart: { sv: 'Passet börjar', en: 'Shift starts' },
  shiftEnd: { sv: 'Passet slutar', en: 'Shift ends' },
  post: { sv: 'Post', en: 'Post' },
};

/** Column names a coordinator's own roster is likely to have. */
const ALIASES: Record<string, StaffImportField> = {
  'fullständigt namn': 'fullName',
  'full name': 'fullName',
  funktion: 'role',
  befattning: 'role',
  företag: 'organization',
  bolag: 'organization',
  organisation: 'organization',
  mobil: 'phone',
  mobilnummer: 'phone',
  'e-mail': 'email',
  epost: 'email',
  mejl: 'email',
  start: 'shiftStart',
  från: 'shiftStart',
  'pass från': 'shiftStart',
  'passets början': 'shiftStart',
  'shift start': 'shiftStart',
  slut: 'shiftEnd',
  till: 'shiftEnd',
  'pass till': 'shiftEnd',
  'passets slut': 'shiftEnd',
  'shift end': 'shiftEnd',
  plats: 'post',
  placering: 'post',
  site: 'post',
};

/** Role words heard on site, beside the labels of STAFF_ROLE_LABELS. */
export const STAFF_ROLE_ALIASES: Record<string, StaffRole> = {
  samordnare: 'security-coordinator',
  säkerhetskoordinator: 'security-coordinator',
  vakt: 'guard',
  väktare: 'guard',
  sjukvård: 'first-aid',
  sjukvårdare: 'first-aid',
  samband: 'liaison',
  förare: 'driver',
};

export const guessStaffField = columnGuesser(STAFF_IMPORT_FIELDS, STAFF_COLUMN_LABELS, ALIASES);

export function staffColumnHeaders(lang: Language): string[] {
  return columnHeaders(STAFF_IMPORT_FIELDS, STAFF_COLUMN_LABELS, lang);
}

/** The column names a staff import understands, for a message that says what a file should have. */
export function acceptedStaffColumnNames(lang: Language): string {
  return staffColumnHeaders(lang).join(', ');
}
