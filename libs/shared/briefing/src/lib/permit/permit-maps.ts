import type { Content } from 'pdfmake/interfaces';
import { Language, SiteKind } from '@tryggplan/shared/domain';
import { MapView, renderSiteMap, SiteMap, siteMapView } from '@tryggplan/shared/geo';
import { FolderSite, FolderTiles } from '../folder-map';
import { riskPlanSites } from '../risk-plan';
import { atRoundScale, formatScale } from '@tryggplan/shared/geo';
import { PERMIT_TEXTS } from './permit-texts';

/** The map's drawing on A4 landscape: the content width, and room left for the heading and legend. */
export const PERMIT_MAP_SIZE = { width: 760, height: 330 };

/** What the evacuation and preparedness map shows: the ways out and the help, the venues for bearings. */
export const EVACUATION_MAP_KINDS: readonly SiteKind[] = [
  'venue',
  'stage',
  'tent',
  'perimeter',
  'evacuation-route',
  'assembly-point',
  'first-aid',
  'police',
];

/** The situationsplan's sites in numbering order: every site a partner may see, by kind and name. */
export const sitePlanSites = <T extends FolderSite>(sites: T[]): T[] => riskPlanSites(sites);

export const evacuationMapSites = <T extends FolderSite>(sites: T[]): T[] =>
  riskPlanSites(sites).filter((site) => EVACUATION_MAP_KINDS.includes(site.kind));

/** The view of a pack map: fitted to its sites, then zoomed out to a round scale it can state. */
export function permitMapView(sites: FolderSite[]): { view: MapView; denominator: number } {
  return atRoundScale(siteMapView(sites, PERMIT_MAP_SIZE));
}

export interface PermitMap {
  map: SiteMap;
  denominator: number;
  content: Content[];
}

/** A pack map drawn at its stated scale, with the statement of that scale beneath it. */
export function permitMap(sites: FolderSite[], lang: Language, tiles?: FolderTiles): PermitMap {
  const t = PERMIT_TEXTS[lang];
  const { view, denominator } = permitMapView(sites);
  const map = renderSiteMap(sites, {
    ...PERMIT_MAP_SIZE,
    lang,
    view,
    tiles: tiles?.images,
    attribution: tiles?.attribution,
  });
  return {
    map,
    denominator,
    content: [
      { svg: map.svg, width: map.width },
      {
        text: [{ text: `${t.scale} ${formatScale(denominator)}`, bold: true }, ` (${t.scaleNote})`],
        style: 'small',
        margin: [0, 4, 0, 0],
      },
    ],
  };
}
