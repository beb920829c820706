import { bearer, createTestApp, TestApp, validEvent } from './harness';
import { binaryBody, pdfText } from './pdf-text';

/** The folders and the personal page take their contacts from the security organisation. */
describe('staff contacts in the folders and on the personal page', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  let participantId: string;

  const api = (path: string) => `/api/events/${eventId}${path}`;
  const pdf = async (path: string) => {
    const res = await binaryBody(t.http.get(api(path)).set(bearer(token)));
    expect(res.status).toBe(200);
    return pdfText(res.body as Buffer);
  };

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const staff = [
      { fullName: 'Sam Samordnare', role: 'security-coordinator', phone: '070-174 06 70' },
      {
        fullName: 'Lisa Samband',
        role: 'liaison',
        phone: '070-174 06 71',
        // works only on the last day, after the participant has left
        shifts: [{ startsAt: '2027-07-02T08:00:00+02:00', endsAt: '2027-07-02T16:00:00+02:00' }],
      },
      {
        fullName: 'Fia Sjukvård',
        role: 'first-aid',
        phone: '070-174 06 72',
        shifts: [{ startsAt: '2027-06-28T08:00:00+02:00', endsAt: '2027-06-28T16:00:00+02:00' }],
      },
      // a guard is no folder contact, nor someone without a phone
      { fullName: 'Ove Vakt', role: 'guard', phone: '070-174 06 73' },
      { fullName: 'Utan Telefon', role: 'security-coordinator' },
    ];
    for (const body of staff) {
      await t.http.post(api('/staff')).set(bearer(token)).send(body).expect(201);
    }
    participantId = (
      await t.http.post(api('/participants')).set(bearer(token)).send({
        fullName: 'Åsa Öberg',
        arrivalAt: '2027-06-28T07:00:00+02:00',
        departureAt: '2027-06-29T18:00:00+02:00',
      })
    ).body.id;
  });
  afterAll(() => t.close());

  it('lists the coordinator, liaison and first aid with role and phone in the event folder, in sv and en', async () => {
    const sv = await pdf('/briefing.pdf?format=a4&lang=sv');
    expect(sv).toContain('Säkerhetssamordnare: Sam Samordnare');
    expect(sv).toContain('+46701740670');
    expect(sv).toContain('Sambandsperson: Lisa Samband');
    expect(sv).toContain('Första hjälpen: Fia Sjukvård');
    expect(sv).not.toContain('Ove Vakt');
    expect(sv).not.toContain('Utan Telefon');
    const en = await pdf('/briefing.pdf?format=a6&lang=en');
    expect(en).toContain('Security coordinator: Sam Samordnare');
    expect(en).toContain('Liaison officer: Lisa Samband');
  });

  it('lists in a personal folder only the staff on duty during the person’s stay', async () => {
    const text = await pdf(`/participants/${participantId}/briefing.pdf?format=a6&lang=sv`);
    expect(text).toContain('Säkerhetssamordnare: Sam Samordnare');
    expect(text).toContain('+46701740670');
    expect(text).toContain('Första hjälpen: Fia Sjukvård');
    expect(text).not.toContain('Lisa Samband');
  });

  it('shows the same contacts on the personal page', async () => {
    const link = await t.http.post(api(`/participants/${participantId}/link`)).set(bearer(token));
    const pageToken = String(link.body.url).split('/p/')[1];
    const page = await t.http.get(`/api/p/${pageToken}`);
    expect(page.status).toBe(200);
    expect(page.body.staffContacts).toEqual([
      { fullName: 'Sam Samordnare', role: 'security-coordinator', phone: '+46701740670' },
      { fullName: 'Fia Sjukvård', role: 'first-aid', phone: '+46701740672' },
    ]);
  });
});
