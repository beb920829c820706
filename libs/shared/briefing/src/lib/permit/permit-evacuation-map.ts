import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SITE_KIND_LABELS } from '@tryggplan/shared/domain';
import { PermitPackData, permitDocument, permitHeading } from './permit-document';
import { evacuationMapSites, permitMap } from './permit-maps';
import { PERMIT_TEXTS } from './permit-texts';

/**
 * Attachment 5: the utrymnings- och beredskapskarta, the evacuation routes, assembly points, first aid
 * and police with the venues for bearings, at a stated scale; then the key (each number with its kind,
 * name, address and description), the evacuation plan in words and the emergency numbers.
 */
export function buildPermitEvacuationMap(data: PermitPackData): TDocumentDefinitions {
  const { lang } = data;
  const t = PERMIT_TEXTS[lang];
  const sites = evacuationMapSites(data.sites);
  const { content: map } = permitMap(sites, lang, data.evacuationTiles);
  const key: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [24, 130, 170, 150, '*'],
      body: [
        [t.number, t.siteKind, t.place, t.address, t.description].map((text) => ({
          text,
          style: 'tableHeader',
        })),
        ...sites.map((site, index) => [
          { text: String(index + 1), bold: true },
          SITE_KIND_LABELS[site.kind][lang],
          { text: site.name, bold: true },
          site.address || '–',
          { text: site.description || '–', style: 'small' },
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
  return permitDocument(data, 'evacuation-map', 'landscape', [
    permitHeading(data, 'evacuation-map', t.evacuationTitle),
    ...map,
    { text: t.evacuationKey, style: 'h2', pageBreak: 'before' },
    key,
    { text: t.evacuationPlan, style: 'h2' },
    { text: data.application.evacuation || t.notGiven, italics: !data.application.evacuation },
    { text: t.emergency, bold: true, margin: [0, 12, 0, 0] },
  ]);
}
