import { z } from 'zod';
import { Translated } from './language';
import { lineText, optionalText } from './validation';

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

export const contactSchema = z.strictObject({
  role: z.enum(CONTACT_ROLES),
  name: lineText(1, 200),
  phone: phoneNumber.optional(),
  email: z.email().max(254).optional(),
  note: optionalText(500).optional(),
});
export type Contact = z.output<typeof contactSchema>;
