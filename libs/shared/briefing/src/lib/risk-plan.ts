import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  buildMatrix,
  formatDate,
  formatDateSpan,
  formatDateTime,
  Language,
  MITIGATION_STATUS_LABELS,
  partnerMaySee,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_COLOURS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_STATUS_LABELS,
  RiskDto,
  riskLevel,
  SITE_KIND_LABELS,
  SITE_KINDS,
  TEXT_FONT,
} from '@tryggplan/shared/domain';
import { renderSiteMap, siteMapView } from '@tryggplan/shared/geo';
import { FolderSite, FolderTiles } from './folder-map';
import { BRIEFING_STYLES, pageFooter } from './layout';
import { RISK_PLAN_TEXTS } from './risk-plan-texts';

export interface RiskPlanData {
  event: { name: string; startsAt: string; endsAt: string; timezone: string; locationName: string };
  risks: RiskDto[];
  generatedAt: string;
  lang: Language;
  /** Set for a published revision: "Revision 3". */
  revisionLabel?: string;
  /** The event's sites, drawn on a map page (accommodation left out: where people sleep is not shared). */
  sites?: FolderSite[];
  tiles?: FolderTiles;
}

/**
 * Height left for the map drawing on the landscape map page (A4 landscape in the plan's margins, less the
 * page heading, the map's legend below it and the key's heading), and the key's line height.
 */
const MAP_PAGE_ROOM = 375;
const MAP_KEY_COLUMNS = 3;
const MAP_KEY_LINE = 14;

/** The map shrinks so that its numbered key fits beneath it on the same page (never a page of key alone). */
export function riskPlanMapSize(siteCount: number): { width: number; height: number } {
  const key = Math.ceil(siteCount / MAP_KEY_COLUMNS) * MAP_KEY_LINE;
  return { width: 760, height: Math.max(200, Math.min(400, MAP_PAGE_ROOM - key)) };
}

/** The sites a risk plan map shows, in numbering order. */
export function riskPlanSites<T extends FolderSite>(sites: T[]): T[] {
  return sites
    .filter(partnerMaySee)
    .sort(
      (a, b) => SITE_KINDS.indexOf(a.kind) - SITE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv'),
    );
}

export const riskPlanMapView = (sites: FolderSite[]) => {
  const shown = riskPlanSites(sites);
  return siteMapView(shown, riskPlanMapSize(shown.length));
};

function siteMap(sites: FolderSite[], lang: Language, tiles?: FolderTiles): Content {
  const shown = riskPlanSites(sites);
  if (shown.length === 0) return [];
  const t = RISK_PLAN_TEXTS[lang];
  const map = renderSiteMap(shown, {
    ...riskPlanMapSize(shown.length),
    lang,
    view: riskPlanMapView(sites),
    tiles: tiles?.images,
    attribution: tiles?.attribution,
  });
  const key = shown.map((site, index) => ({
    text: [
      { text: `${index + 1}  `, bold: true },
      site.name,
      { text: ` – ${SITE_KIND_LABELS[site.kind][lang]}`, style: 'small' },
    ],
  }));
  const third = Math.ceil(key.length / MAP_KEY_COLUMNS);
  return [
    { text: t.map, style: 'h2', pageBreak: 'before' },
    { svg: map.svg, width: map.width },
    { text: t.mapKey, style: 'h3', margin: [0, 8, 0, 4] },
    {
      columns: Array.from({ length: MAP_KEY_COLUMNS }, (_, i) => ({
        stack: key.slice(i * third, (i + 1) * third),
      })),
      columnGap: 16,
      fontSize: 9,
    },
  ];
}

function levelCell(score: number | null, lang: Language): TableCell {
  if (score == null) return { text: RISK_PLAN_TEXTS[lang].notAssessed, italics: true };
  const level = riskLevel(score);
  return {
    text: `${score} ${RISK_LEVEL_LABELS[level][lang]}`,
    fillColor: RISK_LEVEL_COLOURS[level],
    bold: true,
  };
}

function summary(risks: RiskDto[], lang: Language): Content {
  const t = RISK_PLAN_TEXTS[lang];
  const count = (level: string, residual: boolean) =>
    risks.filter((r) => (residual ? r.residualLevel : r.level) === level).length;
  return [
    { text: t.summary, style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: [120, 90, 110],
        body: [
          [
            { text: t.level, style: 'tableHeader' },
            { text: t.count, style: 'tableHeader' },
            { text: t.residualCount, style: 'tableHeader' },
          ],
          ...[...RISK_LEVELS]
            .reverse()
            .map((level) => [
              { text: RISK_LEVEL_LABELS[level][lang], fillColor: RISK_LEVEL_COLOURS[level], bold: true },
              String(count(level, false)),
              String(count(level, true)),
            ]),
        ],
      },
    },
  ];
}

function matrix(
  title: string,
  points: { likelihood: number; consequence: number }[],
  lang: Language,
): Content {
  const t = RISK_PLAN_TEXTS[lang];
  const rows = buildMatrix(points);
  return {
    stack: [
      { text: title, style: 'h3' },
      {
        table: {
          widths: [70, 52, 52, 52, 52, 52],
          body: [
            ...rows.map((row) => [
              { text: `${t.likelihood} ${row[0].likelihood}`, style: 'small' },
              ...row.map((cell) => ({
                text: [
                  { text: cell.count > 0 ? `${cell.count}\n` : '–\n', bold: true, fontSize: 12 },
                  { text: RISK_LEVEL_LABELS[cell.level][lang], fontSize: 7 },
                ],
                alignment: 'center' as const,
                fillColor: RISK_LEVEL_COLOURS[cell.level],
              })),
            ]),
            [
              '',
              ...[1, 2, 3, 4, 5].map((c) => ({
                text: String(c),
                style: 'small',
                alignment: 'center' as const,
              })),
            ],
            // The axis named once across its five columns: "Konsekvens 1" does not fit a cell whole.
            [
              '',
              { text: t.consequence, style: 'small', alignment: 'center' as const, colSpan: 5 },
              '',
              '',
              '',
              '',
            ],
          ],
        },
      },
    ],
    unbreakable: true,
  };
}

function register(risks: RiskDto[], lang: Language, timezone: string): Content {
  const t = RISK_PLAN_TEXTS[lang];
  if (risks.length === 0) return [{ text: t.register, style: 'h2', pageBreak: 'before' }, { text: t.none }];
  const sorted = [...risks].sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, lang));
  const header = [t.risk, t.category, t.score, t.residual, t.owner, t.status, t.mitigations].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  return [
    { text: t.register, style: 'h2', pageBreak: 'before' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        // Wide enough for the longest word of each column (Informationssäkerhet, Kommunikationsenheten, Kvarvarande):
        // pdfmake breaks a word that does not fit in the middle.
        widths: [150, 100, 70, 70, 110, 62, '*'],
        body: [
          header,
          ...sorted.map((risk) => [
            {
              stack: [
                { text: risk.title, bold: true },
                ...(risk.description ? [{ text: risk.description, style: 'small' }] : []),
              ],
            },
            RISK_CATEGORY_LABELS[risk.category][lang],
            levelCell(risk.score, lang),
            levelCell(risk.residualScore, lang),
            risk.owner || '–',
            RISK_STATUS_LABELS[risk.status][lang],
            risk.mitigations.length === 0
              ? '–'
              : {
                  ul: risk.mitigations.map((m) =>
                    [
                      m.description,
                      m.owner ? `(${m.owner})` : '',
                      m.dueDate ? `${t.due} ${formatDate(`${m.dueDate}T12:00:00Z`, lang, timezone)}` : '',
                      `– ${MITIGATION_STATUS_LABELS[m.status][lang]}`,
                    ]
                      .filter(Boolean)
                      .join(' '),
                  ),
                  fontSize: 9,
                },
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    },
  ];
}

/** The event's risk plan (A4 landscape): cover, summary by level, both matrices, the register by score. */
export function buildRiskPlan(data: RiskPlanData): TDocumentDefinitions {
  const { event, lang, risks } = data;
  const t = RISK_PLAN_TEXTS[lang];
  const residualPoints = risks
    .filter((r) => r.residualLikelihood != null && r.residualConsequence != null)
    .map((r) => ({
      likelihood: r.residualLikelihood as number,
      consequence: r.residualConsequence as number,
    }));
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 50],
    language: lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: {
      title: `${t.title} – ${event.name}`,
      author: 'Tryggplan',
      subject: t.title,
      creator: 'Tryggplan',
    },
    footer: pageFooter(lang),
    content: [
      { text: t.title, style: 'kicker' },
      { text: event.name, style: 'h1' },
      { text: formatDateSpan(event.startsAt, event.endsAt, lang, event.timezone), style: 'subtitle' },
      ...(event.locationName ? [{ text: event.locationName, style: 'subtitle' }] : []),
      {
        text: [
          data.revisionLabel ? `${data.revisionLabel} · ` : '',
          `${t.asOf} ${formatDateTime(data.generatedAt, lang, event.timezone)}`,
        ].join(''),
        style: 'small',
        margin: [0, 4, 0, 8],
      },
      summary(risks, lang),
      {
        columns: [matrix(t.inherentMatrix, risks, lang), matrix(t.residualMatrix, residualPoints, lang)],
        columnGap: 24,
        margin: [0, 12, 0, 0],
      },
      siteMap(data.sites ?? [], lang, data.tiles),
      register(risks, lang, event.timezone),
    ],
    styles: { ...BRIEFING_STYLES, h3: { fontSize: 12, bold: true, margin: [0, 4, 0, 4] } },
    defaultStyle: { font: TEXT_FONT, fontSize: 10, lineHeight: 1.15 },
  };
}
