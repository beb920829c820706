import { RetentionService } from '@tryggplan/api/participants';
import { SharedChanges } from '@tryggplan/api/core';
import { bearer, createTestApp, TestApp, validEvent, validRisk, validScheduleItem } from './harness';

const YEAR_ZERO = '0000-01-01T00:00:00Z';

describe('dates outside 2000-01-01 to 2100-12-31', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  const details = (res: { body: { details?: { field: string; code: string; message: string }[] } }) =>
    res.body.details?.map(({ field, code }) => `${field}:${code}`);

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  it('refuses an event moved to year 0000 with a 400 naming the field, in sv and en', async () => {
    const sv = await t.http
      .patch(`/api/events/${eventId}`)
      .set(bearer(token))
      .send({ startsAt: YEAR_ZERO, endsAt: '0000-01-01T01:00:00Z', version: 1 });
    expect(sv.status).toBe(400);
    expect(details(sv)).toEqual(['startsAt:date_out_of_range', 'endsAt:date_out_of_range']);
    expect(sv.body.details[0].message).toBe('Måste ligga mellan 2000-01-01 och 2100-12-31.');
    const en = await t.http
      .post('/api/events?lang=en')
      .set(bearer(token))
      .send(validEvent({ endsAt: '2101-01-01T00:00:00Z' }));
    expect(en.status).toBe(400);
    expect(en.body.details).toEqual([
      { field: 'endsAt', code: 'date_out_of_range', message: 'Must be between 2000-01-01 and 2100-12-31.' },
    ]);
    expect((await t.http.get(`/api/events/${eventId}`).set(bearer(token))).body.version).toBe(1);
  });

  it('refuses arrivals, schedule items and mitigation due dates outside the bounds', async () => {
    const participants = `/api/events/${eventId}/participants`;
    const arrival = await t.http
      .post(participants)
      .set(bearer(token))
      .send({ fullName: 'Anna Lind', arrivalAt: YEAR_ZERO, departureAt: '9999-12-31T00:00:00Z' });
    expect(details(arrival)).toEqual(['arrivalAt:date_out_of_range', 'departureAt:date_out_of_range']);
    const person = (await t.http.post(participants).set(bearer(token)).send({ fullName: 'Anna Lind' })).body;
    const item = await t.http
      .post(`${participants}/${person.id}/schedule`)
      .set(bearer(token))
      .send(validScheduleItem({ startsAt: '1999-12-31T10:00:00Z', endsAt: '1999-12-31T11:00:00Z' }));
    expect(details(item)).toEqual(['startsAt:date_out_of_range', 'endsAt:date_out_of_range']);
    const risk = await t.http
      .post(`/api/events/${eventId}/risks`)
      .set(bearer(token))
      .send(validRisk({ mitigations: [{ description: 'Vakter', dueDate: '0000-01-01' }] }));
    expect(details(risk)).toEqual(['mitigations.0.dueDate:date_out_of_range']);
  });

  it('never treats an event whose stored end lies outside the bounds as ended', async () => {
    const typo = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const ended = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ startsAt: '2020-06-01T10:00:00Z', endsAt: '2020-06-02T10:00:00Z' }))
    ).body.id;
    for (const id of [typo, ended]) {
      await t.http
        .post(`/api/events/${id}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Kvar Kvarsson' });
    }
    // as an event saved before the bound existed would hold it
    await t.sql('UPDATE "events" SET "endsAt" = ? WHERE "id" = ?', ['0000-01-01T00:00:00.000Z', typo]);
    await t.app.get(SharedChanges).bump();

    const report = await t.app.get(RetentionService).purgeReport();
    expect(report.events.map((event) => event.eventId)).toEqual([ended]);
    const total = async (id: string) =>
      (await t.http.get(`/api/events/${id}/participants`).set(bearer(token))).body.total;
    expect(await total(typo)).toBe(1);
    expect(await total(ended)).toBe(0);
  });
});
