import {
  IncidentDetailDto,
  IncidentDto,
  IncidentUpdate,
  Language,
  MemberDto,
  OnDutyDto,
  STAFF_ROLE_LABELS,
} from '@tryggplan/shared/domain';

/** The form's one assignee control holds a member's user id, or a staff member's id after this prefix. */
export const STAFF_ASSIGNEE = 'staff:';

export interface AssigneeOption {
  value: string;
  label: string;
}

export interface AssigneeGroups {
  members: AssigneeOption[];
  /** Staff on duty now, with role and post; the incident's own staff assignee stays even off duty. */
  onDuty: AssigneeOption[];
}

/** The assignee control's value for an incident. */
export function assigneeValue(incident: Pick<IncidentDto, 'assigneeId' | 'staffAssigneeId'>): string {
  if (incident.staffAssigneeId) return `${STAFF_ASSIGNEE}${incident.staffAssigneeId}`;
  return incident.assigneeId ?? '';
}

/**
 * What the PATCH says when the control changed: one of the two fields (the API clears the other), or
 * the one that was set emptied.
 */
export function assigneeChanges(
  value: string,
  before: string,
): Pick<IncidentUpdate, 'assigneeId' | 'staffAssigneeId'> {
  if (value.startsWith(STAFF_ASSIGNEE)) return { staffAssigneeId: value.slice(STAFF_ASSIGNEE.length) };
  if (value) return { assigneeId: value };
  return before.startsWith(STAFF_ASSIGNEE) ? { staffAssigneeId: null } : { assigneeId: null };
}

/**
 * The choices for "ansvarig": the event's members, and the staff on duty now labelled with role and post
 * ("Åsa Vakt – Ordningsvakt, Huvudscenen"). The current assignee is always among them.
 */
export function assigneeGroups(
  members: MemberDto[],
  onDuty: OnDutyDto | null,
  current: IncidentDetailDto['assignee'],
  siteNames: Map<string, string>,
  lang: Language,
  offDutyNote: string,
): AssigneeGroups {
  const memberOptions = members.map((member) => ({ value: member.userId, label: member.displayName }));
  const staffOptions = (onDuty?.items ?? []).map(({ member, shift }) => {
    const post = shift.siteId ? siteNames.get(shift.siteId) : undefined;
    const role = STAFF_ROLE_LABELS[member.role][lang];
    return {
      value: `${STAFF_ASSIGNEE}${member.id}`,
      label: `${member.fullName} – ${post ? `${role}, ${post}` : role}`,
    };
  });
  if (current?.kind === 'staff') {
    const value = `${STAFF_ASSIGNEE}${current.id}`;
    if (!staffOptions.some((option) => option.value === value)) {
      const role = current.role ? ` – ${STAFF_ROLE_LABELS[current.role][lang]}` : '';
      staffOptions.push({ value, label: `${current.displayName}${role} (${offDutyNote})` });
    }
  } else if (current && !memberOptions.some((option) => option.value === current.id)) {
    memberOptions.push({ value: current.id, label: current.displayName });
  }
  return { members: memberOptions, onDuty: staffOptions };
}

/** The assignee as the incident page names them: a staff member with their role. */
export function assigneeText(assignee: IncidentDetailDto['assignee'], lang: Language): string | null {
  if (!assignee) return null;
  if (assignee.kind === 'staff' && assignee.role) {
    return `${assignee.displayName} (${STAFF_ROLE_LABELS[assignee.role][lang]})`;
  }
  return assignee.displayName;
}
