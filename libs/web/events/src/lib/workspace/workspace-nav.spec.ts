import { activeNavItem, WORKSPACE_NAV } from './workspace-nav';

const labelFor = (path: string) => activeNavItem(WORKSPACE_NAV, path)?.label ?? null;

describe('the workspace navigation', () => {
  it('marks the entry a page belongs to, the most specific one winning', () => {
    expect(labelFor('')).toBe('workspace.nav.overview');
    expect(labelFor('map')).toBe('workspace.nav.map');
    expect(labelFor('risks/r-1')).toBe('workspace.nav.risks');
    expect(labelFor('participants')).toBe('workspace.nav.participants');
    expect(labelFor('participants/p-1')).toBe('workspace.nav.participants');
    expect(labelFor('participants/timeline')).toBe('workspace.nav.schedule');
    expect(labelFor('action-plan')).toBe('workspace.nav.incidents');
    expect(labelFor('review')).toBe('workspace.nav.review');
  });

  it('marks nothing for a page without an entry, and the overview only for itself', () => {
    expect(labelFor('mapping')).toBeNull();
    expect(labelFor('something-new')).toBeNull();
  });
});
