import { ParticipantCreate, ParticipantDto } from '@tryggplan/shared/domain';
import { ParticipantEntity } from './participant.entity';

export function toParticipantDto(
  entity: ParticipantEntity,
  keepsParty: boolean,
  linkExpiresAt: string | null,
): ParticipantDto {
  return {
    id: entity.id,
    eventId: entity.eventId,
    fullName: entity.fullName,
    role: entity.role,
    organization: entity.organization,
    email: entity.email,
    phone: entity.phone,
    protectionLevel: entity.protectionLevel,
    arrivalAt: entity.arrivalAt,
    departureAt: entity.departureAt,
    accommodationSiteId: entity.accommodationSiteId,
    emergencyContact: entity.emergencyContact,
    notes: entity.notes,
    ...(keepsParty ? { party: entity.party } : {}),
    linkExpiresAt,
    version: entity.version,
  };
}

export function toParticipantColumns(input: ParticipantCreate): Partial<ParticipantEntity> {
  const iso = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);
  return {
    fullName: input.fullName,
    role: input.role ?? 'elected-official',
    organization: input.organization ?? '',
    email: input.email ? input.email.toLowerCase() : null,
    phone: input.phone ?? null,
    protectionLevel: input.protectionLevel ?? 'normal',
    arrivalAt: iso(input.arrivalAt),
    departureAt: iso(input.departureAt),
    accommodationSiteId: input.accommodationSiteId ?? null,
    emergencyContact: input.emergencyContact ?? null,
    notes: input.notes ?? '',
    party: input.party ?? null,
  };
}

export function editableParticipant(entity: ParticipantEntity): ParticipantCreate {
  return {
    fullName: entity.fullName,
    role: entity.role,
    organization: entity.organization,
    email: entity.email,
    phone: entity.phone,
    protectionLevel: entity.protectionLevel,
    arrivalAt: entity.arrivalAt,
    departureAt: entity.departureAt,
    accommodationSiteId: entity.accommodationSiteId,
    emergencyContact: entity.emergencyContact,
    notes: entity.notes,
    party: entity.party,
  };
}
