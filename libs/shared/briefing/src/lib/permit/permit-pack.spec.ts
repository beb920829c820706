import type { Content } from 'pdfmake/interfaces';
import { StaffMemberDto } from '@tryggplan/shared/domain';
import {
  atRoundScale,
  buildPermitEvacuationMap,
  buildPermitOrganisation,
  buildPermitSitePlan,
  buildPermitSummary,
  formatExtent,
  formatScale,
  groundDistance,
  METRES_PER_POINT,
  PermitPackData,
  PermitPackSite,
  permitMap,
  scaleDenominator,
  siteExtent,
} from './index';

const site = (overrides: Partial<PermitPackSite>): PermitPackSite => ({
  id: 's',
  kind: 'venue',
  name: 'Almedalsscenen',
  address: 'Almedalen, Visby',
  description: '',
  geometry: { type: 'Point', coordinates: [18.2915, 57.6398] },
  ...overrides,
});

const SITES: PermitPackSite[] = [
  site({ id: 'stage', name: 'Almedalsscenen', geometry: { type: 'Point', coordinates: [18.2885, 57.6405] } }),
  site({
    id: 'exit',
    kind: 'evacuation-route',
    name: 'Utrymning norr',
    geometry: {
      type: 'LineString',
      coordinates: [
        [18.2885, 57.6405],
        [18.2905, 57.6425],
      ],
    },
  }),
  site({
    id: 'gather',
    kind: 'assembly-point',
    name: 'Återsamling Strandgärdet',
    geometry: { type: 'Point', coordinates: [18.2905, 57.6425] },
  }),
  site({
    id: 'area',
    kind: 'zone',
    name: 'Publikyta',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [18.288, 57.64],
          [18.289, 57.64],
          [18.289, 57.6405],
          [18.288, 57.6405],
          [18.288, 57.64],
        ],
      ],
    },
  }),
];

const guard: StaffMemberDto = {
  id: 'g',
  eventId: 'e',
  fullName: 'Ove Vakt',
  role: 'guard',
  organization: 'Gotlands Bevakning',
  phone: '+46701740605',
  email: null,
  shifts: [{ startsAt: '2027-06-28T06:00:00.000Z', endsAt: '2027-06-28T14:00:00.000Z', siteId: 'stage' }],
  version: 1,
};

const data = (lang: 'sv' | 'en' = 'sv'): PermitPackData => ({
  event: {
    name: 'Almedalsveckan 2027',
    startsAt: '2027-06-27T22:00:00.000Z',
    endsAt: '2027-07-02T20:00:00.000Z',
    timezone: 'Europe/Stockholm',
    locationName: 'Visby',
  },
  application: {
    organizer: { name: 'Region Gotland', organizationNumber: '212000-0803', address: 'Visborgsallén 19' },
    responsible: { name: 'Kim Lindqvist', phone: '+46701740605', email: 'kim@example.se' },
    kind: 'public-gathering',
    appearances: [
      {
        title: 'Regionens tal',
        topic: 'Trygghet',
        startsAt: '2027-06-28T08:00:00.000Z',
        endsAt: '2027-06-28T09:00:00.000Z',
        siteId: 'stage',
        place: '',
      },
    ],
    expectedVisitors: 800,
    evacuation: 'Publiken leds norrut till Strandgärdet.',
  },
  sites: SITES,
  staff: [guard, { ...guard, id: 'f', fullName: 'Sara Sjukvård', role: 'first-aid', shifts: [] }],
  generatedAt: '2027-06-20T10:00:00.000Z',
  lang,
});

/** Every text of a pdfmake content tree, in order. */
function texts(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(texts).join(' ');
  if (content && typeof content === 'object') {
    const node = content as Record<string, unknown>;
    return ['text', 'stack', 'ul', 'ol', 'table', 'body', 'columns']
      .filter((key) => key in node)
      .map((key) => texts(node[key]))
      .join(' ');
  }
  return '';
}

/** The centre of the numbered marker on the drawing, in SVG pixels (= PDF points). */
function markerAt(svg: string, number: number): { x: number; y: number } {
  const match = new RegExp(
    `data-number="${number}"><path[^>]*/><text x="([\\d.]+)" y="([\\d.]+)"[^>]*font-size="(\\d+)"`,
  ).exec(svg);
  if (!match) throw new Error(`marker ${number} not drawn`);
  return { x: Number(match[1]), y: Number(match[2]) - Number(match[3]) * 0.36 };
}

describe('the permit pack documents', () => {
  it('puts the fields of the police form in the application summary, in Swedish and in English', () => {
    const sv = texts(buildPermitSummary(data('sv')).content as Content);
    for (const expected of [
      'Allmän sammankomst',
      'Region Gotland',
      '212000-0803',
      'Kim Lindqvist',
      '+46701740605',
      'Regionens tal',
      'Trygghet',
      'Almedalsscenen',
      '800 personer',
      'Publiken leds norrut',
      'Bilaga 2 · Situationsplan',
    ])
      expect(sv).toContain(expected);
    const en = texts(buildPermitSummary(data('en')).content as Content);
    expect(en).toContain('Public gathering');
    expect(en).toContain('Attachment 5 · Evacuation and preparedness map');
  });

  it('states a round scale on the site plan that the drawing holds: two known points measured', () => {
    const plan = permitMap(SITES, 'sv');
    expect([500, 1000, 1250, 2000, 2500, 5000, 7500, 10_000]).toContain(plan.denominator);
    expect(scaleDenominator(plan.map.view)).toBeCloseTo(plan.denominator, 3);
    const stage = markerAt(plan.map.svg, 1);
    const gather = markerAt(plan.map.svg, 3);
    const drawnMetres = Math.hypot(gather.x - stage.x, gather.y - stage.y) * METRES_PER_POINT;
    const ground = groundDistance([18.2885, 57.6405], [18.2905, 57.6425]);
    expect(Math.abs(drawnMetres * plan.denominator - ground) / ground).toBeLessThan(0.02);
    expect(texts(plan.content)).toContain(`Skala ${formatScale(plan.denominator)}`);
  });

  it('rounds a scale up, keeping the centre, so what was fitted stays on the map', () => {
    const view = { width: 760, height: 330, scale: 2_000_000, origin: { x: 0.55, y: 0.3 } };
    const { view: round, denominator } = atRoundScale(view);
    expect(denominator).toBeGreaterThanOrEqual(scaleDenominator(view));
    expect(round.origin.x + round.width / 2 / round.scale).toBeCloseTo(
      view.origin.x + view.width / 2 / view.scale,
      9,
    );
    expect(formatScale(12_500)).toBe('1:12 500');
  });

  it('lists the sites with their size on the ground', () => {
    const extent = siteExtent(SITES[3].geometry);
    expect(extent.kind === 'area' && Math.round(extent.width)).toBeGreaterThan(55);
    expect(formatExtent(extent, 'längd')).toMatch(/^\d+ m × \d+ m$/);
    expect(formatExtent(siteExtent(SITES[1].geometry), 'längd')).toMatch(/^längd \d+ m$/);
    const plan = texts(buildPermitSitePlan(data()).content as Content);
    expect(plan).toContain('Platser på situationsplanen');
    expect(plan).toContain('Publikyta');
  });

  it('gives the security organisation by role with names, phones, shifts in Swedish time and posts', () => {
    const organisation = texts(buildPermitOrganisation(data()).content as Content);
    expect(organisation).toContain('Ordningsvakt');
    expect(organisation).toContain('Ove Vakt');
    expect(organisation).toContain('+46701740605');
    expect(organisation).toContain('08:00–16:00, post Almedalsscenen');
    expect(organisation).toContain('Första hjälpen');
  });

  it('draws only the ways out and the help on the evacuation map, with a key and the plan in words', () => {
    const doc = buildPermitEvacuationMap(data());
    const all = texts(doc.content as Content);
    expect(all).toContain('Återsamling Strandgärdet');
    expect(all).toContain('Utrymning norr');
    expect(all).not.toContain('Publikyta');
    expect(all).toContain('Publiken leds norrut');
    expect(all).toContain('112');
  });
});
