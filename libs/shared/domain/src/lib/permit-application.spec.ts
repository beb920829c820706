import {
  emptyPermitApplication,
  PermitApplication,
  permitApplicationUpdateSchema,
  permitChecklist,
  PermitContext,
  permitMissingLabel,
} from './permit-application';
import { validate } from './validation';

const fullContext: PermitContext = {
  guards: 2,
  firstAid: 1,
  venues: 1,
  evacuationRoutes: 1,
  assemblyPoints: 1,
  risks: 3,
};

const filled = (): PermitApplication => ({
  organizer: {
    name: 'Region Gotland',
    organizationNumber: '212000-0803',
    address: 'Visborgsallén 19, Visby',
  },
  responsible: { name: 'Kim Lindqvist', phone: '+46701740605', email: null },
  kind: 'public-gathering',
  appearances: [
    {
      title: 'Tal i Almedalen',
      topic: 'Regional utveckling',
      startsAt: '2027-06-28T10:00:00.000Z',
      endsAt: '2027-06-28T11:00:00.000Z',
      siteId: null,
      place: 'Almedalsscenen',
    },
  ],
  expectedVisitors: 800,
  evacuation: '',
});

describe('the permit application', () => {
  it('accepts a draft with everything empty, and a version of 0 before the first save', () => {
    const result = validate(permitApplicationUpdateSchema, { ...emptyPermitApplication(), version: 0 }, 'sv');
    expect(result.ok).toBe(true);
  });

  it('writes an organisation number with its dash and refuses one that fails the check digit', () => {
    const ok = validate(
      permitApplicationUpdateSchema,
      { ...filled(), organizer: { ...filled().organizer, organizationNumber: '2120000803' }, version: 1 },
      'sv',
    );
    expect(ok.ok && ok.value.organizer.organizationNumber).toBe('212000-0803');
    for (const organizationNumber of ['212000-0804', '21200-0803', 'abc']) {
      const bad = validate(
        permitApplicationUpdateSchema,
        { ...filled(), organizer: { ...filled().organizer, organizationNumber }, version: 1 },
        'en',
      );
      expect(bad.ok ? [] : bad.details.map((d) => [d.field, d.code])).toEqual([
        ['organizer.organizationNumber', 'invalid_organization_number'],
      ]);
    }
  });

  it('names every bad field: phone, kind, visitors, an appearance that ends before it starts, unknown fields', () => {
    const result = validate(
      permitApplicationUpdateSchema,
      {
        ...filled(),
        responsible: { name: 'Kim', phone: 'ring mig', email: 'nej' },
        kind: 'concert',
        expectedVisitors: 2.5,
        appearances: [{ ...filled().appearances[0], endsAt: '2027-06-28T09:00:00.000Z' }],
        colour: 'red',
        version: 1,
      },
      'sv',
    );
    expect(result.ok ? [] : result.details.map((d) => d.field).sort()).toEqual(
      [
        'appearances.0.endsAt',
        'colour',
        'expectedVisitors',
        'kind',
        'responsible.email',
        'responsible.phone',
      ].sort(),
    );
  });

  it('lists nothing missing for a filled application in a complete plan', () => {
    expect(permitChecklist(filled(), fullContext)).toEqual([]);
  });

  it('lists what is missing in the order of the form, each with a Swedish and an English label', () => {
    const missing = permitChecklist(emptyPermitApplication(), {
      ...fullContext,
      guards: 0,
      evacuationRoutes: 0,
      risks: 0,
    });
    expect(missing.map((item) => item.field)).toEqual([
      'organizer.name',
      'organizer.organizationNumber',
      'organizer.address',
      'responsible.name',
      'responsible.phone',
      'kind',
      'appearances',
      'expectedVisitors',
      'staff.guards',
      'sites.evacuationRoute',
      'risks',
    ]);
    for (const item of missing) {
      expect(item.label.sv).not.toBe(item.field);
      expect(item.label.en).not.toBe(item.field);
    }
  });

  it('wants a place for each appearance: a site of the event or a place typed in', () => {
    const application = filled();
    application.appearances.push({ ...application.appearances[0], place: '', siteId: null });
    application.appearances.push({ ...application.appearances[0], place: '', siteId: 'site-1' });
    expect(permitChecklist(application, fullContext)).toEqual([
      { field: 'appearances.1.place', label: permitMissingLabel('appearances.1.place') },
    ]);
    expect(permitMissingLabel('appearances.1.place')).toEqual({
      sv: 'Plats för framträdande 2',
      en: 'The place of appearance 2',
    });
  });
});
