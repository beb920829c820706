import { StaffService } from '@tryggplan/api/staff-data';
import ExcelJS from 'exceljs';
import { bearer, createTestApp, TestApp, validEvent, validSite } from './harness';

describe('importing the security organisation from CSV or XLSX', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  let stageId: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    stageId = (
      await t.http
        .post(`/api/events/${eventId}/sites`)
        .set(bearer(token))
        .send(validSite({ name: 'Huvudscenen' }))
    ).body.id;
  });
  afterAll(() => t.close());

  const upload = (content: Buffer | string, name: string, dryRun: boolean, lang = 'sv') =>
    t.http
      .post(`/api/events/${eventId}/staff/import?dryRun=${dryRun}`)
      .set(bearer(token))
      .set('Accept-Language', lang)
      .attach('file', Buffer.from(content), name);
  const staff = async () =>
    (await t.http.get(`/api/events/${eventId}/staff`).set(bearer(token))).body as {
      id: string;
      fullName: string;
      role: string;
      phone: string | null;
      email: string | null;
      organization: string;
      shifts: { startsAt: string; endsAt: string; siteId: string | null }[];
      version: number;
    }[];

  const roster = Buffer.from(
    'Namn;Roll;Organisation;Telefon;E-post;Passet börjar;Passet slutar;Post\r\n' +
      'Åsa Vakt;Ordningsvakt;Gotlands Bevakning;070-174 06 50;asa@bevakning.se;2027-06-29 10:00;18:00;Huvudscenen\r\n' +
      'Åsa Vakt;;;;asa@bevakning.se;2027-06-30 22:00;06:00;\r\n' +
      'Sam Samordnare;Säkerhetssamordnare;Regionen;070-174 06 51;;;;\r\n',
    'latin1',
  );

  it('checks a Swedish roster (one row per shift, Windows-1252) without saving, then saves all of it', async () => {
    const check = await upload(roster, 'bemanning.csv', true);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      dryRun: true,
      total: 2,
      counts: { new: 2, changed: 0, unchanged: 0 },
    });
    expect(check.body.preview[0]).toMatchObject({
      row: 2,
      rows: [2, 3],
      action: 'new',
      fullName: 'Åsa Vakt',
      role: 'guard',
      phone: '+46701740650',
      email: 'asa@bevakning.se',
      shifts: [
        { startsAt: '2027-06-29T08:00:00.000Z', endsAt: '2027-06-29T16:00:00.000Z', siteId: stageId },
        // 22:00–06:00 runs past midnight into the next day
        { startsAt: '2027-06-30T20:00:00.000Z', endsAt: '2027-07-01T04:00:00.000Z', siteId: null },
      ],
    });
    expect(check.body.preview[1]).toMatchObject({ fullName: 'Sam Samordnare', role: 'security-coordinator' });
    expect(await staff()).toHaveLength(0);

    const real = await upload(roster, 'bemanning.csv', false);
    expect(real.status).toBe(201);
    expect(real.body).toMatchObject({ dryRun: false, total: 2, counts: { new: 2 } });
    expect(real.body.created).toHaveLength(2);
    const saved = await staff();
    expect(saved.map((member) => member.fullName)).toEqual(['Sam Samordnare', 'Åsa Vakt']);
    expect(saved[1].shifts).toHaveLength(2);
  });

  it('matches people by e-mail, then phone: an unchanged file changes nothing, a new shift changes the person', async () => {
    const again = await upload(roster, 'bemanning.csv', true);
    expect(again.body.counts).toEqual({ new: 0, changed: 0, unchanged: 2 });

    const changed = await upload(
      'Name,Role,Phone,Shift starts,Shift ends,Post\n' +
        'Sam Samordnare,Security coordinator,+46 70 174 06 51,2027-06-29 08:00,2027-06-29 20:00,huvudscenen\n',
      'roster.csv',
      true,
      'en',
    );
    expect(changed.status).toBe(200);
    expect(changed.body.counts).toEqual({ new: 0, changed: 1, unchanged: 0 });
    expect(changed.body.preview[0]).toMatchObject({ action: 'changed', changedFields: ['shifts'] });
    // the file has no e-mail or organisation column: the person keeps theirs
    expect(changed.body.preview[0].organization).toBe('Regionen');
  });

  it('refuses the whole file with every problem named by row and column, in the caller’s language', async () => {
    const before = await staff();
    const res = await upload(
      'Name;Role;Phone;Shift starts;Shift ends;Post\n' +
        'Bo Ek;Bouncer;ring me;2027-06-29 10:00;2027-06-29 09:00;Main stage\n' +
        'Ny Person;Guard;;29 June;;\n',
      'roster.csv',
      false,
      'en',
    );
    expect(res.status).toBe(400);
    const fields = res.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'rows[2].role',
        'rows[2].phone',
        'rows[2].post',
        'rows[3].shiftStart',
        'rows[3].shiftEnd',
      ]),
    );
    const message = (field: string) =>
      res.body.details.find((detail: { field: string }) => detail.field === field).message;
    expect(message('rows[2].role')).toContain('Security coordinator, Guard (ordningsvakt)');
    expect(message('rows[2].post')).toBe('The site is not part of this event.');
    expect(message('rows[3].shiftStart')).toContain('YYYY-MM-DD HH:MM');
    expect(await staff()).toEqual(before);

    const ends = await upload(
      'Namn;Roll;Passet börjar;Passet slutar\nBo Ek;Vakt;2027-06-29 10:00;2027-06-29 09:00\n',
      'bemanning.csv',
      true,
    );
    expect(ends.status).toBe(400);
    expect(ends.body.details).toEqual([
      expect.objectContaining({
        field: 'rows[2].shiftEnd',
        code: 'end_before_start',
        message: 'Slutet får inte ligga före starten.',
      }),
    ]);
  });

  it('names unknown columns with the columns it reads, and a person whose rows disagree', async () => {
    const unknown = await upload('Namn;Skostorlek\nBo;42\n', 'bemanning.csv', true);
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'rows[1].Skostorlek', code: 'unknown_column' });
    expect(unknown.body.details[0].message).toContain('Kolumner som läses: Namn, Roll, Organisation');

    const disagree = await upload(
      'Namn;Roll;E-post\nBo Ek;Vakt;bo@example.se\nBo Ek;Chaufför;bo@example.se\n',
      'bemanning.csv',
      true,
    );
    expect(disagree.status).toBe(400);
    expect(disagree.body.details[0]).toMatchObject({ field: 'rows[3].role', code: 'differs_from_row' });
    expect(disagree.body.details[0].message).toContain('rad 2');
  });

  it('answers 409 and saves nothing when someone changed a person after the check', async () => {
    const file =
      'Namn;Roll;Telefon;Organisation\nSam Samordnare;Säkerhetssamordnare;070-174 06 51;Region Gotland\nNy Vakt;Vakt;070-174 06 59;\n';
    const check = await upload(file, 'bemanning.csv', true);
    expect(check.body.counts).toEqual({ new: 1, changed: 1, unchanged: 0 });
    // someone saves Sam after the import read the list and before it writes
    const service = t.app.get(StaffService);
    const read = service.all.bind(service);
    jest.spyOn(service, 'all').mockImplementationOnce(async (id: string) => {
      const list = await read(id);
      await t.sql(`UPDATE "staff_members" SET "version" = "version" + 1 WHERE "fullName" = ?`, [
        'Sam Samordnare',
      ]);
      return list;
    });
    const res = await upload(file, 'bemanning.csv', false);
    expect(res.status).toBe(409);
    const after = await staff();
    expect(after.some((member) => member.fullName === 'Ny Vakt')).toBe(false);
    expect(after.find((member) => member.fullName === 'Sam Samordnare')?.organization).toBe('Regionen');
  });

  it('offers an empty template, CSV and XLSX, with headers in the chosen language that an import reads', async () => {
    const csv = await t.http.get(`/api/events/${eventId}/staff-template.csv`).set(bearer(token));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toContain('funktionarer-mall.csv');
    expect(csv.text.replace(/^\uFEFF/, '').trim()).toBe(
      'Namn;Roll;Organisation;Telefon;E-post;Passet börjar;Passet slutar;Post',
    );
    const xlsx = await t.http
      .get(`/api/events/${eventId}/staff-template.xlsx?lang=en`)
      .set(bearer(token))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const headers = (book.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(headers).toEqual([
      'Name',
      'Role',
      'Organization',
      'Phone',
      'Email',
      'Shift starts',
      'Shift ends',
      'Post',
    ]);

    // the template filled in and read back as XLSX
    book.worksheets[0].addRow([
      'Xlsx Förare',
      'Driver',
      '',
      '0701740660',
      '',
      '2027-06-29 07:00',
      '09:00',
      '',
    ]);
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    const res = await upload(filled, 'roster.xlsx', true);
    expect(res.status).toBe(200);
    expect(res.body.preview[0]).toMatchObject({
      fullName: 'Xlsx Förare',
      role: 'driver',
      shifts: [{ startsAt: '2027-06-29T05:00:00.000Z', endsAt: '2027-06-29T07:00:00.000Z' }],
    });
  });

  it('audits the check and the import by count, never by name', async () => {
    const admin = await t.user('admin');
    const log = await t.http.get(`/api/audit?eventId=${eventId}&limit=200`).set(bearer(admin.token));
    const lines = log.body.items.filter((item: { action: string }) => item.action.startsWith('staff.import'));
    expect(lines.map((item: { action: string }) => item.action)).toEqual(
      expect.arrayContaining(['staff.import-check', 'staff.import']),
    );
    expect(JSON.stringify(lines)).not.toContain('Åsa');
  });
});
