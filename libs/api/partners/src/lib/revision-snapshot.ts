import {
  partnerView,
  PublicAppearanceDto,
  RevisionDto,
  RevisionEventDto,
  RevisionSummaryDto,
  RISK_LEVELS,
  RiskDto,
  RiskLevel,
  ShareScope,
  SiteDto,
} from '@tryggplan/shared/domain';
import { RevisionEntity } from './revision.entity';

/** What a revision froze at publishing; stored as JSON text and never changed. */
export interface RevisionSnapshot {
  event: RevisionEventDto;
  risks: RiskDto[];
  sites: SiteDto[];
  publicSchedule: PublicAppearanceDto[] | null;
}

/** A revision row without its (large) snapshot. */
export type RevisionRow = Omit<RevisionEntity, 'snapshot' | 'publishedById'>;

export function toRevisionSummary(revision: RevisionRow): RevisionSummaryDto {
  return {
    revision: revision.number,
    note: revision.note,
    publishedAt: revision.publishedAt,
    publishedBy: revision.publishedBy,
    riskCount: revision.riskCount,
    includesPublicSchedule: Boolean(revision.includesPublicSchedule),
  };
}

export function countsByLevel(risks: readonly RiskDto[]): Record<RiskLevel, number> {
  const counts = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
  for (const risk of risks) counts[risk.level] += 1;
  return counts;
}

/**
 * The revision as a share's scope allows: without `risks` no register, without `map` no sites,
 * without `public-schedule` no schedule, and names only with `participant-names`.
 * `scope` null means everything (the coordinator's view).
 */
export function scopedRevision(
  revision: RevisionRow,
  snapshot: RevisionSnapshot,
  scope: readonly ShareScope[] | null,
): RevisionDto {
  const allows = (part: ShareScope) => scope === null || scope.includes(part);
  const schedule =
    snapshot.publicSchedule && allows('public-schedule')
      ? snapshot.publicSchedule.map((item) => {
          if (allows('participant-names')) return item;
          const { participantName: _name, ...withoutName } = item;
          return withoutName;
        })
      : null;
  // snapshots published before the partner view was decided at publishing still hold accommodation
  const shown = partnerView(snapshot.sites, snapshot.risks);
  return {
    ...toRevisionSummary(revision),
    event: snapshot.event,
    countsByLevel: allows('risks') ? countsByLevel(shown.risks) : countsByLevel([]),
    risks: allows('risks') ? shown.risks : null,
    sites: allows('map') ? shown.sites : null,
    publicSchedule: schedule,
  };
}
