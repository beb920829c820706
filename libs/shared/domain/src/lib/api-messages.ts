import { Language } from './language';

/** Top-level error messages of the API, worded once in both languages. */
const API_MESSAGES = {
  invalid_input: { sv: 'Uppgifterna är inte giltiga.', en: 'The input is not valid.' },
  invalid_json: { sv: 'Förfrågan är inte giltig JSON.', en: 'The request is not valid JSON.' },
  not_logged_in: { sv: 'Du är inte inloggad.', en: 'You are not logged in.' },
  invalid_credentials: { sv: 'Fel e-postadress eller lösenord.', en: 'Wrong email or password.' },
  forbidden: { sv: 'Du har inte behörighet till detta.', en: 'You are not allowed to do this.' },
  not_found: { sv: 'Hittades inte.', en: 'Not found.' },
  stale_version: {
    sv: 'Någon annan har ändrat detta sedan du läste det. Läs in på nytt och gör om ändringen.',
    en: 'Someone else changed this since you read it. Reload and make your change again.',
  },
  email_taken: { sv: 'E-postadressen används redan.', en: 'The email address is already in use.' },
  already_member: { sv: 'Användaren är redan medlem.', en: 'The user is already a member.' },
  too_many_attempts: {
    sv: 'För många försök. Vänta en stund och försök igen.',
    en: 'Too many attempts. Wait a while and try again.',
  },
  payload_too_large: { sv: 'Förfrågan är för stor.', en: 'The request is too large.' },
  unsupported_media_type: { sv: 'Filtypen stöds inte.', en: 'The file type is not supported.' },
  upload_file_too_large: { sv: 'Filen är större än 5 MB.', en: 'The file is larger than 5 MB.' },
  upload_unzipped_too_large: {
    sv: 'Kalkylbladet är större än 50 MB uppackat.',
    en: 'The spreadsheet is larger than 50 MB unpacked.',
  },
  upload_too_many_rows: {
    sv: 'Filen har fler än 20 000 rader.',
    en: 'The file has more than 20,000 rows.',
  },
  upload_too_many_columns: {
    sv: 'Filen har fler än 100 kolumner.',
    en: 'The file has more than 100 columns.',
  },
  upload_cell_too_long: {
    sv: 'En cell har fler än 10 000 tecken.',
    en: 'A cell has more than 10,000 characters.',
  },
  upload_too_slow: {
    sv: 'Filen tog mer än 10 sekunder att läsa.',
    en: 'Reading the file took more than 10 seconds.',
  },
  upload_too_much_memory: {
    sv: 'Filen behöver mer än 256 MB minne för att läsas.',
    en: 'Reading the file needs more than 256 MB of memory.',
  },
  site_import_too_many_vertices: {
    sv: 'Importen har fler än 50 000 punkter.',
    en: 'The import has more than 50,000 vertices.',
  },
  messages_off: {
    sv: 'Utskick är avstängt: e-post (SMTP_URL) och SMS är inte inställda.',
    en: 'Sending is switched off: neither e-mail (SMTP_URL) nor SMS is set up.',
  },
  confirmation_required: {
    sv: 'Bekräfta genom att ange evenemangets namn.',
    en: "Confirm by giving the event's name.",
  },
  already_struck: {
    sv: 'Anteckningen är redan struken.',
    en: 'The entry is already struck through.',
  },
  duplicate_report: {
    sv: 'Rapporten har redan skickats från en annan länk.',
    en: 'The report was already sent from another link.',
  },
  internal_error: { sv: 'Ett oväntat fel inträffade.', en: 'An unexpected error occurred.' },
} satisfies Record<string, Record<Language, string>>;

export type ApiMessageCode = keyof typeof API_MESSAGES;

export function apiMessage(code: ApiMessageCode, lang: Language): string {
  return API_MESSAGES[code][lang];
}
