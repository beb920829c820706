import { z } from 'zod';
import { Translated } from './language';
import { RiskLevel } from './risk-matrix';
import { RevisionDiff } from './revision-diff';
import { RiskDto } from './risk';
import { SiteDto } from './site';
import { emailField } from './user';
import { isoDateTime, lineText, optionalText, trimmedText } from './validation';

export const ORGANIZATION_KINDS = [
  'police',
  'security-police',
  'security-company',
  'municipality',
  'county-board',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const SHARE_SCOPES = ['risks', 'map', 'public-schedule', 'participant-names', 'incidents'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

export const REVIEW_DECISIONS = ['approved', 'changes-requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, Translated> = {
  police: { sv: 'Polisen', en: 'Police' },
  'security-police': { sv: 'Säkerhetspolisen', en: 'Security police' },
  'security-company': { sv: 'Säkerhetsföretag', en: 'Security company' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
  'county-board': { sv: 'Länsstyrelse', en: 'County administrative board' },
  other: { sv: 'Övrig', en: 'Other' },
};

export const SHARE_SCOPE_LABELS: Record<ShareScope, Translated> = {
  risks: { sv: 'Riskregister', en: 'Risk register' },
  map: { sv: 'Karta', en: 'Map' },
  'public-schedule': { sv: 'Offentligt program', en: 'Public schedule' },
  'participant-names': { sv: 'Deltagarnas namn', en: 'Participant names' },
  incidents: { sv: 'Händelser under evenemanget', en: 'Incidents during the event' },
};

export const REVIEW_DECISION_LABELS: Record<ReviewDecision, Translated> = {
  approved: { sv: 'Godkänd', en: 'Approved' },
  'changes-requested': { sv: 'Ändringar begärs', en: 'Changes requested' },
};

export const SHARE_STATUSES = ['live', 'expired', 'revoked'] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

export const SHARE_STATUS_LABELS: Record<ShareStatus, Translated> = {
  live: { sv: 'Aktiv', en: 'Live' },
  expired: { sv: 'Utgången', en: 'Expired' },
  revoked: { sv: 'Återkallad', en: 'Revoked' },
};

const idField = z.string().min(1).max(64);

export const organizationCreateSchema = z.strictObject({
  name: lineText(1, 200),
  kind: z.enum(ORGANIZATION_KINDS),
});
export type OrganizationCreate = z.output<typeof organizationCreateSchema>;

export const partnerInviteSchema = z.strictObject({
  email: emailField,
  displayName: lineText(1, 200),
});
export type PartnerInvite = z.output<typeof partnerInviteSchema>;

export const revisionPublishSchema = z.strictObject({
  note: trimmedText(1, 4000),
  includePublicSchedule: z.boolean().default(false),
});
export type RevisionPublish = z.output<typeof revisionPublishSchema>;

/** Participant names leave the unit only when the coordinator confirms that choice explicitly. */
export const shareCreateSchema = z
  .strictObject({
    organizationId: idField,
    scope: z
      .array(z.enum(SHARE_SCOPES))
      .min(1)
      .max(SHARE_SCOPES.length)
      .transform((scope) => [...new Set(scope)]),
    expiresAt: isoDateTime,
    confirmParticipantNames: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.scope.includes('participant-names') && value.confirmParticipantNames !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmParticipantNames'],
        params: { code: 'participant_names_unconfirmed' },
      });
    }
    if (new Date(value.expiresAt).getTime() <= Date.now()) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], params: { code: 'in_past' } });
    }
  });
export type ShareCreate = z.output<typeof shareCreateSchema>;

export const commentCreateSchema = z.strictObject({
  riskId: idField,
  body: trimmedText(1, 4000),
});
export type CommentCreate = z.output<typeof commentCreateSchema>;

export const commentReplySchema = z.strictObject({ body: trimmedText(1, 4000) });
export type CommentReply = z.output<typeof commentReplySchema>;

export const commentVisibilitySchema = z.strictObject({ visibleToPartners: z.boolean() });
export type CommentVisibility = z.output<typeof commentVisibilitySchema>;

/** Asking for changes without saying which is no review: the comment is then required. */
export const reviewCreateSchema = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    comment: optionalText(4000).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'changes-requested' && !value.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], params: { code: 'review_comment_required' } });
    }
  });
export type ReviewCreate = z.output<typeof reviewCreateSchema>;

export interface OrganizationDto {
  id: string;
  name: string;
  kind: OrganizationKind;
  createdAt: string;
}

export interface PublicAppearanceDto {
  title: string;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
  siteName: string | null;
  /** Present only for coordinators and shares whose scope includes participant names. */
  participantName?: string;
}

export interface RevisionEventDto {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  locationName: string;
  center: { lat: number; lng: number };
  zoom: number;
}

export interface RevisionSummaryDto {
  revision: number;
  note: string;
  publishedAt: string;
  publishedBy: string;
  riskCount: number;
  includesPublicSchedule: boolean;
}

/** An immutable snapshot of the risk plan; parts outside a share's scope are null. */
export interface RevisionDto extends RevisionSummaryDto {
  event: RevisionEventDto;
  countsByLevel: Record<RiskLevel, number>;
  risks: RiskDto[] | null;
  sites: SiteDto[] | null;
  publicSchedule: PublicAppearanceDto[] | null;
}

export interface ShareDto {
  id: string;
  eventId: string;
  organizationId: string;
  organizationName: string;
  scope: ShareScope[];
  expiresAt: string;
  revokedAt: string | null;
  status: ShareStatus;
  createdAt: string;
}

export interface CommentReplyDto {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface CommentDto {
  id: string;
  revision: number;
  riskId: string;
  riskTitle: string;
  organizationId: string;
  organizationName: string;
  authorName: string;
  body: string;
  createdAt: string;
  visibleToPartners: boolean;
  replies: CommentReplyDto[];
}

export interface ReviewDto {
  id: string;
  revision: number;
  organizationId: string;
  organizationName: string;
  decision: ReviewDecision;
  comment: string;
  reviewerName: string;
  reviewedAt: string;
}

/** What changed in a revision since an earlier one, field by field (see diffRevisions). */
export interface RevisionChangesDto extends RevisionDiff {
  sinceRevision: number;
  /**
   * For a partner: true when `sinceRevision` is the revision the organisation last reviewed, false when it
   * is simply the previous revision (nothing reviewed before). Always false for the coordinator.
   */
  reviewed: boolean;
}

export interface SharedPlanDto {
  shareId: string;
  eventId: string;
  eventName: string;
  eventStartsAt: string;
  eventEndsAt: string;
  scope: ShareScope[];
  expiresAt: string;
  revisions: RevisionSummaryDto[];
  lastReviewedRevision: number | null;
}

/**
 * How many risks a partner's revision answer carries; the rest of the register (`riskCount` in all)
 * is read page by page from `GET /api/shared/:shareId/revisions/:revision/risks?limit=&offset=`.
 */
export const SHARED_REGISTER_FIRST_PAGE = 50;

/**
 * What a partner sees of one revision: the snapshot in scope (with the first page of the register),
 * its thread and its own review.
 */
export interface SharedRevisionDto extends RevisionDto {
  shareId: string;
  scope: ShareScope[];
  comments: CommentDto[];
  review: ReviewDto | null;
  changes: RevisionChangesDto | null;
}

/** What a coordinator sees of one revision: everything, every thread and who still owes a review. */
export interface CoordinatorRevisionDto extends RevisionDto {
  comments: CommentDto[];
  reviews: ReviewDto[];
  pendingOrganizations: OrganizationDto[];
  /** What changed since the previous revision; null for the first one. */
  changes: RevisionChangesDto | null;
}

/**
 * What partners said that this coordinator has not seen yet: new comments on the risks, new or
 * changed review decisions, and the new comments per risk id (only risks that have some).
 */
export interface PartnerFeedbackUnreadDto {
  comments: number;
  decisions: number;
  riskIds: Record<string, number>;
}

/** After `POST …/partner-feedback/seen`: everything up to this time counts as seen. */
export interface PartnerFeedbackSeenDto {
  seenUpTo: string;
}
