import { draftOfApplication, emptyAppearance, permitBody } from './permit-form-model';

const STOCKHOLM = 'Europe/Stockholm';

describe('the permit form model', () => {
  const draft = () => ({
    organizerName: 'Region Gotland',
    organizationNumber: '2120000803',
    organizerAddress: 'Visborgsallén 19',
    responsibleName: 'Kim Lindqvist',
    responsiblePhone: ' ',
    responsibleEmail: ' kim@example.se ',
    kind: '' as const,
    appearances: [
      { ...emptyAppearance(), title: 'Tal', startsAt: '2027-06-28T10:00', endsAt: '2027-06-28T11:00' },
    ],
    expectedVisitors: '1 500',
    evacuation: '',
  });

  it('sends empty contact fields and an unchosen kind as null, times read in Stockholm, visitors as a number', () => {
    const body = permitBody(draft(), STOCKHOLM, 3);
    expect(body).toMatchObject({
      responsible: { phone: null, email: 'kim@example.se' },
      kind: null,
      expectedVisitors: 1500,
      version: 3,
    });
    expect(body.appearances[0]).toMatchObject({ startsAt: '2027-06-28T10:00:00+02:00', siteId: null });
  });

  it('sends what it cannot read as typed, so the check names the field', () => {
    const body = permitBody({ ...draft(), expectedVisitors: 'många' }, STOCKHOLM, 1);
    expect(body.expectedVisitors).toBe('många');
  });

  it('shows a saved application in the event’s wall-clock time', () => {
    const form = draftOfApplication(
      {
        eventId: 'e1',
        organizer: { name: 'R', organizationNumber: '212000-0803', address: 'A' },
        responsible: { name: 'K', phone: '+46701740605', email: null },
        kind: 'public-event',
        appearances: [
          {
            title: 'Tal',
            topic: '',
            startsAt: '2027-06-28T08:00:00.000Z',
            endsAt: '2027-06-28T09:00:00.000Z',
            siteId: null,
            place: 'Almedalen',
          },
        ],
        expectedVisitors: 800,
        evacuation: '',
        version: 2,
        updatedAt: null,
        context: { guards: 1, firstAid: 1, venues: 1, evacuationRoutes: 1, assemblyPoints: 1, risks: 1 },
        sites: [],
        missing: [],
      },
      STOCKHOLM,
    );
    expect(form).toMatchObject({
      responsiblePhone: '+46701740605',
      responsibleEmail: '',
      kind: 'public-event',
      expectedVisitors: '800',
      appearances: [{ startsAt: '2027-06-28T10:00', siteId: '' }],
    });
  });
});
