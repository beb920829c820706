import { ErrorDetail, invalidInput } from '@tryggplan/api/core';
import { Language, ParticipantCreate, validationMessage } from '@tryggplan/shared/domain';

export interface ExistingContact {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
}

/** Who already has an email or phone, for duplicate checks in constant time (imports check thousands of rows). */
export interface ContactIndex {
  email: Map<string, string>;
  phone: Map<string, string>;
}

export function contactIndex(others: ExistingContact[]): ContactIndex {
  const index: ContactIndex = { email: new Map(), phone: new Map() };
  for (const other of others) addToContactIndex(index, other);
  return index;
}

export function addToContactIndex(index: ContactIndex, contact: Omit<ExistingContact, 'id'>): void {
  const email = contact.email?.toLowerCase();
  if (email && !index.email.has(email)) index.email.set(email, contact.fullName);
  if (contact.phone && !index.phone.has(contact.phone)) index.phone.set(contact.phone, contact.fullName);
}

/** Rules that need the event: the accommodation is one of its sites, party only where it is kept, no double entries. */
export function participantProblems(
  input: ParticipantCreate,
  context: { siteIds: Set<string>; keepsParty: boolean; others: ExistingContact[]; index?: ContactIndex },
  lang: Language,
  prefix = '',
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (input.accommodationSiteId && !context.siteIds.has(input.accommodationSiteId)) {
    problems.push({
      field: `${prefix}accommodationSiteId`,
      code: 'unknown_site',
      message: validationMessage('unknown_site', lang),
    });
  }
  if (input.party && !context.keepsParty) {
    problems.push({
      field: `${prefix}party`,
      code: 'party_not_kept',
      message: validationMessage('party_not_kept', lang),
    });
  }
  const index = context.index ?? contactIndex(context.others);
  for (const field of ['email', 'phone'] as const) {
    const value = field === 'email' ? input.email?.toLowerCase() : input.phone;
    const twin = value ? index[field].get(value) : undefined;
    if (twin !== undefined) {
      problems.push({
        field: `${prefix}${field}`,
        code: 'duplicate',
        message: validationMessage('duplicate', lang, { other: twin }),
      });
    }
  }
  return problems;
}

export function throwIfAny(problems: ErrorDetail[]): void {
  if (problems.length > 0) throw invalidInput(problems);
}
