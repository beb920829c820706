import { SharedChanges } from '@tryggplan/api/core';
import { parse } from 'csv-parse/sync';
import { bearer, createTestApp, TestApp, validEvent, validRisk } from './harness';

const ATTACK = `Anna\n=cmd|' /C calc'!A0`;
const CR_ATTACK = `Bo\r+HYPERLINK("http://evil")`;

/** The file as a spreadsheet reads it: one array of cells per row. */
const rowsOf = (csv: string): Record<string, string>[] =>
  parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true, record_delimiter: '\r\n' });

/** No physical line of the file may start a formula, wherever a cell's line breaks fall. */
const expectNoLiveFormula = (csv: string) => {
  for (const line of csv.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/);
};

describe('CSV exports: formula injection through a line break', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;

  /** Text saved before names were refused line breaks is still in some databases: write it directly. */
  const writeDirectly = async (sql: string, params: unknown[]) => {
    await t.sql(sql, params);
    await t.app.get(SharedChanges).bump();
  };

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  it('quotes and neutralises every line of a participant cell in participants.csv', async () => {
    const created = await t.http
      .post(`/api/events/${eventId}/participants`)
      .set(bearer(token))
      .send({ fullName: 'Anna Lind', notes: `Allergi\n=1+1\r-2` });
    expect(created.status).toBe(201);
    const other = await t.http
      .post(`/api/events/${eventId}/participants`)
      .set(bearer(token))
      .send({ fullName: 'Bo Berg' });
    await writeDirectly('UPDATE "participants" SET "organization" = ? WHERE "id" = ?', [
      ATTACK,
      created.body.id,
    ]);
    await writeDirectly('UPDATE "participants" SET "organization" = ? WHERE "id" = ?', [
      CR_ATTACK,
      other.body.id,
    ]);

    const res = await t.http.get(`/api/events/${eventId}/participants.csv`).set(bearer(token));
    expect(res.status).toBe(200);
    expectNoLiveFormula(res.text);
    const rows = rowsOf(res.text);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row['Namn'] === 'Anna Lind')).toMatchObject({
      Organisation: `Anna\n'=cmd|' /C calc'!A0`,
      Anteckningar: `Allergi\n'=1+1\r'-2`,
    });
    expect(rows.find((row) => row['Namn'] === 'Bo Berg')?.['Organisation']).toBe(
      `Bo\r'+HYPERLINK("http://evil")`,
    );
  });

  it('quotes and neutralises every line of a risk cell in risks.csv, owner included', async () => {
    const risk = await t.http
      .post(`/api/events/${eventId}/risks`)
      .set(bearer(token))
      .send(validRisk({ title: 'Hot', description: `Scenario\n@SUM(A1)` }));
    expect(risk.status).toBe(201);
    await writeDirectly('UPDATE "risks" SET "owner" = ? WHERE "id" = ?', [ATTACK, risk.body.id]);

    const res = await t.http.get(`/api/events/${eventId}/risks.csv`).set(bearer(token));
    expect(res.status).toBe(200);
    expectNoLiveFormula(res.text);
    const [row] = rowsOf(res.text);
    expect(row).toMatchObject({
      title: 'Hot',
      owner: `Anna\n'=cmd|' /C calc'!A0`,
      description: `Scenario\n'@SUM(A1)`,
    });
  });
});
