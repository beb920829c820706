import { z } from 'zod';
import { Language, Translated } from './language';
import { lineText, optionalLineText, optionalText } from './validation';

export const CONTACT_ROLES = ['security-coordinator', 'unit-duty', 'police', 'switchboard', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const CONTACT_ROLE_LABELS: Record<ContactRole, Translated> = {
  'security-coordinator': { sv: 'Säkerhetssamordnare på plats', en: 'Security coordinator on site' },
  'unit-duty': { sv: 'Säkerhetsenhetens jourtelefon', en: "Security unit's duty phone" },
  police: { sv: 'Polisens kontaktperson', en: 'Police liaison' },
  switchboard: { sv: 'Växel', en: 'Switchboard' },
  other: { sv: 'Övrig kontakt', en: 'Other contact' },
};

/** Digits, spaces, dashes and brackets with an optional leading +; at least 3 digits. */
export const phoneNumber = z
  .string()
  .trim()
  .max(30)
  .regex(/^\+?[\d\s()-]*\d[\d\s()-]*\d[\d\s()-]*\d[\d\s()-]*$/);

/**
 * A contact as the coordinator writes it. `name` and `note` are the Swedish texts; `nameEn` and `noteEn`
 * their English versions for English folders and pages, optional and under the same rules. A person's
 * name needs no English version; a function's does ("Säkerhetsenheten, jour").
 */
export const contactSchema = z.strictObject({
  role: z.enum(CONTACT_ROLES),
  name: lineText(1, 200),
  nameEn: optionalLineText(200).optional(),
  phone: phoneNumber.optional(),
  email: z.email().max(254).optional(),
  note: optionalText(500).optional(),
  noteEn: optionalText(500).optional(),
});
export type Contact = z.output<typeof contactSchema>;

/** A coordinator's text as one reader gets it, and the language it is written in. */
export interface WrittenText {
  text: string;
  lang: Language;
}

/**
 * The text in the reader's language when it is written, else the one in the other language (so that
 * nothing the coordinator wrote goes missing): `lang` tells which, for the reader to be told.
 * Empty when neither is written.
 */
export function writtenIn(texts: Partial<Record<Language, string>>, lang: Language): WrittenText {
  const other: Language = lang === 'sv' ? 'en' : 'sv';
  for (const candidate of [lang, other]) {
    const text = texts[candidate]?.trim();
    if (text) return { text, lang: candidate };
  }
  return { text: '', lang };
}

/** The contact's name for a reader: the English one in English when written; a name is never marked. */
export function contactName(contact: Pick<Contact, 'name' | 'nameEn'>, lang: Language): string {
  return (lang === 'en' && contact.nameEn?.trim()) || contact.name;
}

export function contactNote(contact: Pick<Contact, 'note' | 'noteEn'>, lang: Language): WrittenText {
  return writtenIn({ sv: contact.note, en: contact.noteEn }, lang);
}
