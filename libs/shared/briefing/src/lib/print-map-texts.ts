import { Language } from '@tryggplan/shared/domain';

/** The words of a printed map sheet. */
export const PRINT_MAP_TEXTS: Record<
  Language,
  {
    scale: string;
    /** "(vid A3)": the scale holds when printed on this paper, unscaled. */
    atPaper: (paper: string) => string;
    printed: string;
    sites: string;
    number: string;
    site: string;
    kind: string;
    gridReference: string;
    legend: string;
    backgroundTiles: string;
    backgroundSitePlan: string;
    backgroundNone: string;
    noSites: string;
    printNote: string;
  }
> = {
  sv: {
    scale: 'Skala',
    atPaper: (paper) => `(vid ${paper})`,
    printed: 'Utskriven',
    sites: 'Platser på kartan',
    number: 'Nr',
    site: 'Plats',
    kind: 'Typ',
    gridReference: 'Ruta',
    legend: 'Teckenförklaring',
    backgroundTiles: 'Bakgrund: webbkarta',
    backgroundSitePlan: 'Bakgrund: arrangörens situationsplan',
    backgroundNone: 'Bakgrund: ingen (kartserver inte nåbar, ingen situationsplan uppladdad)',
    noSites: 'Inga platser inom kartans område.',
    printNote: 'Skriv ut i verklig storlek (100 %, ingen anpassning till sidan) så att skalan stämmer.',
  },
  en: {
    scale: 'Scale',
    atPaper: (paper) => `(at ${paper})`,
    printed: 'Printed',
    sites: 'Sites on the map',
    number: 'No.',
    site: 'Site',
    kind: 'Kind',
    gridReference: 'Grid',
    legend: 'Legend',
    backgroundTiles: 'Background: web map',
    backgroundSitePlan: 'Background: the organiser’s site plan',
    backgroundNone: 'Background: none (map server unreachable, no site plan uploaded)',
    noSites: 'No sites within the map’s area.',
    printNote: 'Print at actual size (100 %, no fit to page) for the scale to hold.',
  },
};
