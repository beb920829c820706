import { Language, SITE_KINDS, SiteGeometry, SiteKind } from '@tryggplan/shared/domain';
import { MapTileImage, MapView, renderSiteMap, SiteMap, siteMapView } from '@tryggplan/shared/geo';

export const FOLDER_FORMATS = ['a4', 'a6'] as const;
export type FolderFormat = (typeof FOLDER_FORMATS)[number];

export interface FolderSite {
  id: string;
  kind: SiteKind;
  name: string;
  address: string;
  geometry: SiteGeometry;
}

/** Background tiles fetched by the server for a folder map's view. */
export interface FolderTiles {
  images: MapTileImage[];
  attribution: string;
}

/** The map's area in points: the content width of the page, leaving room for the legend below. */
export const FOLDER_MAP_SIZE: Record<FolderFormat, { width: number; height: number }> = {
  a4: { width: 499, height: 400 },
  a6: { width: 253, height: 200 },
};

/**
 * The sites a folder shows: no hazards (internal to the security work) and no accommodation but the
 * reader's own, so nobody learns where anyone else sleeps. Sorted by kind, then name, to number them.
 */
export function folderSites<T extends FolderSite>(sites: T[], accommodationSiteId?: string | null): T[] {
  return sites
    .filter((site) => site.kind !== 'hazard')
    .filter((site) => site.kind !== 'accommodation' || site.id === accommodationSiteId)
    .sort(
      (a, b) => SITE_KINDS.indexOf(a.kind) - SITE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv'),
    );
}

/**
 * One view for every folder of an event, fitted to all printable sites including every accommodation
 * (their extent only), so each person's own hotel is in the picture and the tiles are fetched once.
 */
export function folderMapView(sites: FolderSite[], format: FolderFormat): MapView {
  return siteMapView(
    sites.filter((site) => site.kind !== 'hazard'),
    FOLDER_MAP_SIZE[format],
  );
}

export function folderMap(
  sites: FolderSite[],
  options: { format: FolderFormat; lang: Language; accommodationSiteId?: string | null; tiles?: FolderTiles },
): SiteMap {
  return renderSiteMap(folderSites(sites, options.accommodationSiteId), {
    ...FOLDER_MAP_SIZE[options.format],
    lang: options.lang,
    view: folderMapView(sites, options.format),
    tiles: options.tiles?.images,
    attribution: options.tiles?.attribution,
  });
}
