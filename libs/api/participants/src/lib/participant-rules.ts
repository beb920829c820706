import { ErrorDetail, invalidInput } from '@tryggplan/api/core';
import { Language, ParticipantCreate, validationMessage } from '@tryggplan/shared/domain';

export interface ExistingContact {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
}

/** Rules that need the event: the accommodation is one of its sites, party only where it is kept, no double entries. */
export function participantProblems(
  input: ParticipantCreate,
  context: { siteIds: Set<string>; keepsParty: boolean; others: ExistingContact[] },
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
  for (const field of ['email', 'phone'] as const) {
    const value = field === 'email' ? input.email?.toLowerCase() : input.phone;
    const twin = value ? context.others.find((other) => other[field] === value) : undefined;
    if (twin) {
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
