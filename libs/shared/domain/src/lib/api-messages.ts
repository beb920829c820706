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
  confirmation_required: {
    sv: 'Bekräfta genom att ange evenemangets namn.',
    en: "Confirm by giving the event's name.",
  },
  internal_error: { sv: 'Ett oväntat fel inträffade.', en: 'An unexpected error occurred.' },
} satisfies Record<string, Record<Language, string>>;

export type ApiMessageCode = keyof typeof API_MESSAGES;

export function apiMessage(code: ApiMessageCode, lang: Language): string {
  return API_MESSAGES[code][lang];
}
