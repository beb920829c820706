import { SiteKind } from './enums';

/**
 * Site kinds a partner never sees, in a revision's JSON, its PDF or its map: where people sleep is
 * personal data of the participants staying there.
 */
export const PARTNER_HIDDEN_SITE_KINDS: readonly SiteKind[] = ['accommodation'];

export function partnerMaySee(site: { kind: SiteKind }): boolean {
  return !PARTNER_HIDDEN_SITE_KINDS.includes(site.kind);
}

/** The sites of a risk plan as partners get them, and the risks with links only to those sites. */
export function partnerView<S extends { id: string; kind: SiteKind }, R extends { siteIds: string[] }>(
  sites: readonly S[],
  risks: readonly R[],
): { sites: S[]; risks: R[] } {
  const shown = sites.filter(partnerMaySee);
  const shownIds = new Set(shown.map((site) => site.id));
  return {
    sites: shown,
    risks: risks.map((risk) =>
      risk.siteIds.every((id) => shownIds.has(id))
        ? risk
        : { ...risk, siteIds: risk.siteIds.filter((id) => shownIds.has(id)) },
    ),
  };
}

/** A published revision's snapshot after its event's personal data was purged: no participant names. */
export function redactedSnapshot<T extends { publicSchedule?: { participantName?: string }[] | null }>(
  snapshot: T,
): T {
  if (!snapshot.publicSchedule) return snapshot;
  return {
    ...snapshot,
    publicSchedule: snapshot.publicSchedule.map(({ participantName: _name, ...item }) => item),
  };
}
