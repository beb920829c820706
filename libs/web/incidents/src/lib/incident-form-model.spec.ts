import { IncidentDto, incidentCreateSchema, incidentUpdateSchema } from '@tryggplan/shared/domain';
import {
  changesOf,
  draftOfIncident,
  emptyQuickDraft,
  formFieldOf,
  hasWhere,
  placeFieldErrors,
  quickBody,
  sameEditableFacts,
} from './incident-form-model';

const TZ = 'Europe/Stockholm';

function incident(overrides: Partial<IncidentDto> = {}): IncidentDto {
  return {
    id: 'i1',
    eventId: 'e1',
    number: 3,
    title: 'Trakasserier – scenen',
    description: 'Ropade hotfulla saker.',
    category: 'harassment',
    severity: 'high',
    status: 'reported',
    occurredAt: '2027-06-29T08:15:00.000Z',
    reportedAt: '2027-06-29T08:20:00.000Z',
    closedAt: null,
    location: { siteId: 's1', siteName: 'Almedalsscenen', point: null, place: '' },
    participantIds: ['p1'],
    reporter: { kind: 'coordinator', name: 'Kim', mayCall: false, phone: '' },
    assigneeId: null,
    staffAssigneeId: null,
    riskIds: [],
    isCrime: false,
    police: { status: 'not-reported', reportNumber: '', reportedAt: null, reason: '' },
    isExercise: false,
    checklist: [],
    redacted: false,
    version: 2,
    ...overrides,
  };
}

describe('the quick form body', () => {
  it('sends the four fields, and the ticks under "Mer" only when ticked', () => {
    const body = quickBody({
      ...emptyQuickDraft(),
      category: 'threat',
      severity: 'critical',
      place: 'Vid färjan',
      description: 'Hotade talaren.',
    });
    expect(body).toEqual({
      category: 'threat',
      severity: 'critical',
      location: { place: 'Vid färjan' },
      description: 'Hotade talaren.',
    });
    expect(incidentCreateSchema.safeParse(body).success).toBe(true);
    const marked = quickBody({ ...emptyQuickDraft(), siteId: 's1', isCrime: true, isExercise: true });
    expect(marked).toMatchObject({ location: { siteId: 's1' }, isCrime: true, isExercise: true });
  });

  it('leaves unchosen selects and an empty place out, so the schema names them', () => {
    const result = incidentCreateSchema.safeParse(quickBody(emptyQuickDraft()));
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['category', 'severity', 'description']));
    // the schema names a missing place only once the rest is valid; the form asks at once
    expect(hasWhere(emptyQuickDraft())).toBe(false);
    expect(hasWhere({ ...emptyQuickDraft(), place: '  ' })).toBe(false);
    expect(hasWhere({ ...emptyQuickDraft(), point: { lat: 57.6, lng: 18.3 } })).toBe(true);
  });
});

describe('the incident form', () => {
  it('sends only what changed', () => {
    const base = incident();
    const draft = {
      ...draftOfIncident(base, TZ),
      severity: 'critical' as const,
      status: 'in-progress' as const,
    };
    expect(changesOf(base, draft, TZ)).toEqual({ severity: 'critical', status: 'in-progress' });
    expect(changesOf(base, draftOfIncident(base, TZ), TZ)).toEqual({});
  });

  it('reads and writes times in the event’s zone', () => {
    const base = incident();
    const draft = draftOfIncident(base, TZ);
    expect(draft.occurredAt).toBe('2027-06-29T10:15');
    expect(changesOf(base, { ...draft, occurredAt: '2027-06-29T10:05' }, TZ)).toEqual({
      occurredAt: '2027-06-29T10:05:00+02:00',
    });
  });

  it('sends the police report as the API takes it, and closing with it', () => {
    const base = incident({ isCrime: true });
    const draft = {
      ...draftOfIncident(base, TZ),
      status: 'closed' as const,
      policeStatus: 'reported' as const,
      reportNumber: '5000-K123456-27',
    };
    const changes = changesOf(base, draft, TZ);
    expect(changes).toEqual({
      status: 'closed',
      police: { status: 'reported', reportNumber: '5000-K123456-27' },
    });
    expect(incidentUpdateSchema.safeParse({ ...changes, version: 2 }).success).toBe(true);
    const reason = changesOf(
      base,
      { ...draftOfIncident(base, TZ), policeStatus: 'not-required', reason: 'Ej brott' },
      TZ,
    );
    expect(reason).toEqual({ police: { status: 'not-required', reason: 'Ej brott' } });
  });

  it('sends the whole location, the lists and the assignee when they change', () => {
    const base = incident();
    const draft = {
      ...draftOfIncident(base, TZ),
      siteId: '',
      point: { lat: 57.64, lng: 18.29 },
      participantIds: ['p2', 'p1'],
      riskIds: ['r1'],
      assigneeId: 'u1',
    };
    expect(changesOf(base, draft, TZ)).toEqual({
      location: { siteId: null, point: { lat: 57.64, lng: 18.29 }, place: '' },
      participantIds: ['p2', 'p1'],
      riskIds: ['r1'],
      assigneeId: 'u1',
    });
    // the same people in another order are no change
    expect(
      changesOf(
        incident({ participantIds: ['a', 'b'] }),
        { ...draftOfIncident(base, TZ), participantIds: ['b', 'a'] },
        TZ,
      ),
    ).toEqual({});
  });

  it('takes a new version whose only change is the checklist', () => {
    const base = incident();
    const ticked = incident({
      version: 3,
      checklist: [
        { id: 'safe', text: { sv: 'A', en: 'A' }, forPerson: true, done: true, doneAt: null, doneBy: 'Kim' },
      ],
    });
    expect(sameEditableFacts(base, ticked, TZ)).toBe(true);
    expect(sameEditableFacts(base, incident({ version: 3, severity: 'low' }), TZ)).toBe(false);
  });

  it('puts the API’s errors beside the controls that show them', () => {
    expect(formFieldOf('participantIds[0]')).toBe('participantIds');
    expect(formFieldOf('location.siteId')).toBe('siteId');
    expect(formFieldOf('location.point.lat')).toBe('location');
    expect(formFieldOf('police')).toBe('police');
    expect(formFieldOf('police.reportNumber')).toBe('reportNumber');
    const errors = placeFieldErrors(
      {
        status: 400,
        message: 'Ogiltigt.',
        fields: { police: 'Kan inte avslutas.', colour: 'Okänt.' },
        other: [],
      },
      ['police'],
    );
    expect(errors.fields).toEqual({ police: 'Kan inte avslutas.' });
    expect(errors.other).toEqual(['colour: Okänt.']);
  });
});
