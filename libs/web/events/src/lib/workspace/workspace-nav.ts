/** One entry of an event's own navigation: a path below /events/:eventId and its text key. */
export interface WorkspaceNavItem {
  /** Relative to the event, '' for the overview. */
  readonly path: string;
  /** Transloco key of the link text. */
  readonly label: string;
  /** Further paths below the event that belong to this entry (e.g. the action plan to the incidents). */
  readonly also?: readonly string[];
}

/**
 * The event workspace's navigation, in the order it is shown. A feature adds its page with one line
 * here and its route as a child of the workspace in apps/web/src/app/app.routes.ts.
 */
export const WORKSPACE_NAV: readonly WorkspaceNavItem[] = [
  { path: '', label: 'workspace.nav.overview' },
  { path: 'map', label: 'workspace.nav.map' },
  { path: 'risks', label: 'workspace.nav.risks' },
  { path: 'participants', label: 'workspace.nav.participants' },
  { path: 'participants/timeline', label: 'workspace.nav.schedule' },
  { path: 'incidents', label: 'workspace.nav.incidents', also: ['action-plan'] },
  { path: 'check-ins', label: 'checkIns.nav' },
  { path: 'staff', label: 'staff.nav' },
  { path: 'permit', label: 'permit.nav' },
  { path: 'messages', label: 'messages.nav' },
  { path: 'briefing', label: 'workspace.nav.briefing' },
  { path: 'review', label: 'workspace.nav.review' },
];

/**
 * The entry a page below the event belongs to: the longest path that is the page's path or a
 * parent of it ('' only for the overview itself), or null for a page without an entry.
 */
export function activeNavItem(items: readonly WorkspaceNavItem[], pagePath: string): WorkspaceNavItem | null {
  let best: { item: WorkspaceNavItem; length: number } | null = null;
  for (const item of items) {
    for (const path of [item.path, ...(item.also ?? [])]) {
      const matches = path === '' ? pagePath === '' : pagePath === path || pagePath.startsWith(`${path}/`);
      if (matches && (best === null || path.length > best.length)) best = { item, length: path.length };
    }
  }
  return best?.item ?? null;
}
