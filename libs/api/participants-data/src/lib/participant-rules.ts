import { ErrorDetail, invalidInput } from '@tryggplan/api/core';
import { Language, ParticipantCreate, SiteKind, validationMessage } from '@tryggplan/shared/domain';

export interface ExistingContact {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
}

/** Someone already on the list, as an import compares a row with them. */
export interface ExistingParticipant extends ExistingContact {
  version: number;
  editable: ParticipantCreate;
}

/** Who already has an email or phone, for duplicate checks in constant time (imports check thousands of rows). */
export interface ContactIndex {
  email: Map<string, Pick<ExistingContact, 'id' | 'fullName'>>;
  phone: Map<string, Pick<ExistingContact, 'id' | 'fullName'>>;
}

export function contactIndex(others: ExistingContact[]): ContactIndex {
  const index: ContactIndex = { email: new Map(), phone: new Map() };
  for (const other of others) addToContactIndex(index, other);
  return index;
}

export function addToContactIndex(index: ContactIndex, contact: ExistingContact): void {
  const email = contact.email?.toLowerCase();
  const entry = { id: contact.id, fullName: contact.fullName };
  if (email && !index.email.has(email)) index.email.set(email, entry);
  if (contact.phone && !index.phone.has(contact.phone)) index.phone.set(contact.phone, entry);
}

/**
 * Rules that need the event: the accommodation is one of its sites, party only where it is kept, no double
 * entries (`selfId`, the person being updated, is not a double of itself).
 */
export function participantProblems(
  input: ParticipantCreate,
  context: {
    siteKinds: Map<string, SiteKind>;
    keepsParty: boolean;
    others: ExistingContact[];
    index?: ContactIndex;
    selfId?: string;
  },
  lang: Language,
  prefix = '',
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const accommodation = input.accommodationSiteId
    ? context.siteKinds.get(input.accommodationSiteId)
    : 'accommodation';
  if (accommodation !== 'accommodation') {
    const code = accommodation === undefined ? 'unknown_site' : 'not_accommodation';
    problems.push({ field: `${prefix}accommodationSiteId`, code, message: validationMessage(code, lang) });
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
    if (twin !== undefined && twin.id !== context.selfId) {
      problems.push({
        field: `${prefix}${field}`,
        code: 'duplicate',
        message: validationMessage('duplicate', lang, { other: twin.fullName }),
      });
    }
  }
  return problems;
}

export function throwIfAny(problems: ErrorDetail[]): void {
  if (problems.length > 0) throw invalidInput(problems);
}
