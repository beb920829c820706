import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SITE_KIND_LABELS } from '@tryggplan/shared/domain';
import { PermitPackData, permitDocument, permitHeading } from './permit-document';
import { formatExtent, siteExtent } from './permit-map-scale';
import { permitMap, sitePlanSites } from './permit-maps';
import { PERMIT_TEXTS } from './permit-texts';

/**
 * Attachment 2: the situationsplan, the event's sites drawn at a stated round scale (A4 landscape),
 * then the numbered list of the sites with their kind, address and size on the ground.
 */
export function buildPermitSitePlan(data: PermitPackData): TDocumentDefinitions {
  const { lang } = data;
  const t = PERMIT_TEXTS[lang];
  const sites = sitePlanSites(data.sites);
  const { content: map } = permitMap(sites, lang, data.sitePlanTiles);
  const list: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [24, 170, 110, 150, 90, '*'],
      body: [
        [t.number, t.place, t.siteKind, t.address, t.size, t.description].map((text) => ({
          text,
          style: 'tableHeader',
        })),
        ...sites.map((site, index) => [
          { text: String(index + 1), bold: true },
          site.name,
          SITE_KIND_LABELS[site.kind][lang],
          site.address || '–',
          formatExtent(siteExtent(site.geometry), t.length),
          { text: site.description || '–', style: 'small' },
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
  return permitDocument(data, 'site-plan', 'landscape', [
    permitHeading(data, 'site-plan', t.sitePlanTitle),
    ...map,
    { text: t.sites, style: 'h2', pageBreak: 'before' },
    list,
  ]);
}
