import { RetentionService } from '@tryggplan/api/participants';
import ExcelJS from 'exceljs';
import { bearer, createTestApp, TestApp, validEvent, validScheduleItem, validSite } from './harness';

describe('participants, schedules and personal links', () => {
  let t: TestApp;
  let token: string;
  let adminToken: string;
  let eventId: string;
  let siteId: string;
  const url = (path = '') => `/api/events/${eventId}/participants${path}`;
  const create = (body: object) => t.http.post(url()).set(bearer(token)).send(body);
  const auditActions = async (subject?: string) =>
    (
      await t.http
        .get(`/api/audit?eventId=${eventId}&limit=500${subject ? `&subject=${subject}` : ''}`)
        .set(bearer(adminToken))
    ).body.items.map((e: { action: string }) => e.action) as string[];

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    adminToken = (await t.user('admin')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    siteId = (
      await t.http
        .post(`/api/events/${eventId}/sites`)
        .set(bearer(token))
        .send(validSite({ kind: 'accommodation', name: 'Hotell' }))
    ).body.id;
  });
  afterAll(() => t.close());

  it('creates a participant with defaults and the phone in E.164', async () => {
    const res = await create({
      fullName: 'Åsa Öberg',
      phone: '070-174 06 05',
      email: 'Asa.Oberg@Region.se',
      accommodationSiteId: siteId,
      emergencyContact: { name: 'Per Öberg', phone: '070 174 06 06' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fullName: 'Åsa Öberg',
      role: 'elected-official',
      protectionLevel: 'normal',
      phone: '+46701740605',
      email: 'asa.oberg@region.se',
      emergencyContact: { name: 'Per Öberg', phone: '+46701740606' },
      linkExpiresAt: null,
      version: 1,
    });
    expect(res.body).not.toHaveProperty('party');
    expect(await auditActions(res.body.id)).toContain('participants.create');
  });

  it.each([
    ['fullName', { fullName: '' }, 'too_short'],
    ['phone', { fullName: 'A', phone: '12' }, 'invalid_phone'],
    ['email', { fullName: 'A', email: 'inte-en-adress' }, 'invalid_email'],
    ['role', { fullName: 'A', role: 'minister' }, 'invalid_choice'],
    ['protectionLevel', { fullName: 'A', protectionLevel: 'max' }, 'invalid_choice'],
    [
      'departureAt',
      { fullName: 'A', arrivalAt: '2027-06-28T10:00:00Z', departureAt: '2027-06-27T10:00:00Z' },
      'end_before_start',
    ],
    [
      'emergencyContact.phone',
      { fullName: 'A', emergencyContact: { name: 'B', phone: 'x' } },
      'invalid_phone',
    ],
    ['accommodationSiteId', { fullName: 'A', accommodationSiteId: 'nope' }, 'unknown_site'],
    ['party', { fullName: 'A', party: 'Något parti' }, 'party_not_kept'],
    ['personnummer', { fullName: 'A', personnummer: '19700101-1234' }, 'unknown_field'],
  ])('rejects a bad %s', async (field, body, code) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it('takes only an accommodation site as accommodation, and says so', async () => {
    const stage = await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite());
    const res = await create({ fullName: 'Bo på scenen', accommodationSiteId: stage.body.id });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({
        field: 'accommodationSiteId',
        code: 'not_accommodation',
        message: 'Välj en plats av typen Boende.',
      }),
    ]);
  });

  it('rejects a second person with the same phone number', async () => {
    await create({ fullName: 'Första', phone: '+46 70 174 06 20' });
    const res = await create({ fullName: 'Andra', phone: '070-174 06 20' });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({
      field: 'phone',
      code: 'duplicate',
      message: 'Finns redan: Första.',
    });
  });

  it('filters, sorts and answers 409 to a stale update', async () => {
    const { body: p } = await create({
      fullName: 'Bo Staff',
      role: 'staff',
      organization: 'Regionstyrelsen',
      protectionLevel: 'high',
    });
    const filtered = await t.http.get(url('?role=staff&protectionLevel=high')).set(bearer(token));
    expect(filtered.body.items.map((x: { id: string }) => x.id)).toEqual([p.id]);
    const ok = await t.http
      .patch(url(`/${p.id}`))
      .set(bearer(token))
      .send({ notes: 'Allergi', version: 1 });
    expect(ok.body).toMatchObject({ notes: 'Allergi', version: 2 });
    const stale = await t.http
      .patch(url(`/${p.id}`))
      .set(bearer(token))
      .send({ notes: 'Skrivs över', version: 1 });
    expect(stale.status).toBe(409);
  });

  describe('schedule', () => {
    it('flags overlaps, lists the timeline and the public appearances', async () => {
      const { body: p } = await create({ fullName: 'Karin Tal' });
      const add = (body: object) =>
        t.http
          .post(url(`/${p.id}/schedule`))
          .set(bearer(token))
          .send(body);
      const first = await add(validScheduleItem({ title: 'Tal i parken', siteId, isPublic: true }));
      expect(first.status).toBe(201);
      const second = await add(
        validScheduleItem({
          title: 'Intervju',
          startsAt: '2027-06-28T10:30:00+02:00',
          endsAt: '2027-06-28T11:30:00+02:00',
        }),
      );
      expect(second.body.overlapsWith).toEqual([first.body.id]);
      const bad = await add(validScheduleItem({ endsAt: '2027-06-28T09:00:00+02:00' }));
      expect(bad.body.details[0]).toMatchObject({ field: 'endsAt', code: 'end_before_start' });
      const list = await t.http.get(url(`/${p.id}/schedule`)).set(bearer(token));
      expect(list.body.map((i: { overlapsWith: string[] }) => i.overlapsWith.length)).toEqual([1, 1]);
      const exposure = await t.http.get(`/api/events/${eventId}/public-appearances`).set(bearer(token));
      expect(exposure.body).toEqual([
        expect.objectContaining({
          title: 'Tal i parken',
          participantName: 'Karin Tal',
          siteName: 'Hotell',
          isPublic: true,
        }),
      ]);
      const byDay = await t.http.get(url('?day=2027-06-28')).set(bearer(token));
      expect(byDay.body.items.map((x: { fullName: string }) => x.fullName)).toEqual(['Karin Tal']);
    });
  });

  describe('personal links', () => {
    it('opens the own page only, replaces old links, and treats revoked, expired and random tokens alike', async () => {
      const { body: p } = await create({ fullName: 'Lena Länk', accommodationSiteId: siteId });
      const { body: other } = await create({ fullName: 'Olle Annan', phone: '070-174 06 30' });
      await t.http
        .post(url(`/${p.id}/schedule`))
        .set(bearer(token))
        .send(validScheduleItem({ title: 'Paneldebatt', siteId }));
      const first = await t.http.post(url(`/${p.id}/link`)).set(bearer(token));
      expect(first.status).toBe(201);
      expect(first.body.expiresAt).toBe('2027-07-09T20:00:00.000Z');
      const firstToken = String(first.body.url).split('/p/')[1];
      expect(Buffer.from(firstToken, 'base64url').length).toBeGreaterThanOrEqual(16);

      const page = await t.http.get(`/api/p/${firstToken}`);
      expect(page.status).toBe(200);
      expect(page.body.participant.fullName).toBe('Lena Länk');
      expect(page.body.schedule[0]).toMatchObject({
        title: 'Paneldebatt',
        site: expect.objectContaining({ name: 'Hotell' }),
      });
      expect(page.body.accommodation.name).toBe('Hotell');
      // the phone keeps its offline copy no longer than the server keeps the data
      expect(Date.parse(page.body.event.personalDataPurgeAt)).toBeGreaterThan(
        Date.parse(page.body.event.endsAt),
      );
      // the folder's steps for a threatened person, in both languages, until the event saves its own plan
      expect(page.body.threatenedSteps[0]).toEqual({
        sv: expect.stringContaining('Ta dig i säkerhet'),
        en: expect.stringContaining('Get to safety'),
      });
      expect(JSON.stringify(page.body)).not.toContain('Olle Annan');
      expect(JSON.stringify(page.body)).not.toContain(other.id);

      const second = await t.http.post(url(`/${p.id}/link`)).set(bearer(token));
      const secondToken = String(second.body.url).split('/p/')[1];
      const old = await t.http.get(`/api/p/${firstToken}`);
      const random = await t.http.get('/api/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      expect(old.status).toBe(404);
      expect(old.body).toEqual(random.body);
      expect((await t.http.get(`/api/p/${secondToken}`)).status).toBe(200);
      await t.http.delete(url(`/${p.id}/link`)).set(bearer(token));
      expect((await t.http.get(`/api/p/${secondToken}`)).status).toBe(404);

      const actions = await auditActions(p.id);
      expect(actions).toEqual(expect.arrayContaining(['links.create', 'links.open', 'links.revoke']));
    });

    it('refuses an expired link', async () => {
      const past = (
        await t.http
          .post('/api/events')
          .set(bearer(token))
          .send(validEvent({ startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-02T10:00:00Z' }))
      ).body.id;
      const { body: p } = await t.http
        .post(`/api/events/${past}/participants`)
        .set(bearer(token))
        .send({ fullName: 'Gammal' });
      const link = await t.http.post(`/api/events/${past}/participants/${p.id}/link`).set(bearer(token));
      expect((await t.http.get(`/api/p/${String(link.body.url).split('/p/')[1]}`)).status).toBe(404);
    });

    it('makes links for everyone at once', async () => {
      const res = await t.http.post(`/api/events/${eventId}/participant-links`).set(bearer(token));
      expect(res.status).toBe(201);
      const total = (await t.http.get(url()).set(bearer(token))).body.total;
      expect(res.body).toHaveLength(total);
    });
  });

  describe('import and export', () => {
    let importEvent: string;
    beforeAll(async () => {
      importEvent = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    });
    const upload = (content: Buffer | string, name: string, dryRun: boolean, mapping?: object) => {
      const req = t.http
        .post(`/api/events/${importEvent}/participants/import?dryRun=${dryRun}`)
        .set(bearer(token));
      if (mapping) req.field('mapping', JSON.stringify(mapping));
      return req.attach('file', Buffer.from(content), name);
    };
    const count = async () =>
      (await t.http.get(`/api/events/${importEvent}/participants`).set(bearer(token))).body.total as number;

    it('checks a Swedish Excel CSV (semicolons, Windows-1252) without saving, then imports it', async () => {
      const csv = Buffer.from(
        'Namn;Roll;Organisation;Telefon;E-post;Ankomst\r\nÅke Ström;Förtroendevald;Regionfullmäktige;070-174 06 40;ake@region.se;2027-06-27 09:30\r\nMärta Ek;Tjänsteperson;Regionkontoret;070-174 06 41;;\r\n',
        'latin1',
      );
      const check = await upload(csv, 'deltagare.csv', true);
      expect(check.status).toBe(200);
      expect(check.body.total).toBe(2);
      expect(check.body.preview[0]).toMatchObject({
        fullName: 'Åke Ström',
        role: 'elected-official',
        phone: '+46701740640',
        arrivalAt: '2027-06-27T07:30:00.000Z',
      });
      expect(await count()).toBe(0);
      const real = await upload(csv, 'deltagare.csv', false);
      expect(real.status).toBe(201);
      expect(await count()).toBe(2);
    });

    it('saves nothing when one row is bad, reports every row and field, and finds duplicates', async () => {
      const before = await count();
      const csv =
        'fullName,phone,email\nNy Person,070-174 06 50,ny@region.se\nFel Nummer,123,\nDubblett,070-174 06 40,\nDubblett i filen,070-174 06 50,\n';
      const res = await upload(csv, 'deltagare.csv', false);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 3, field: 'rows[3].phone', code: 'invalid_phone' }),
          expect.objectContaining({ row: 5, field: 'rows[5].phone', code: 'duplicate' }),
        ]),
      );
      expect(await count()).toBe(before);
    });

    it('updates people matched by e-mail, then phone, from an edited export: new, changed and unchanged, all or nothing', async () => {
      const before = await count();
      const exported = (await t.http.get(`/api/events/${importEvent}/participants.csv`).set(bearer(token)))
        .text;
      const [header, ...lines] = exported
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const edited = lines.map((line) =>
        line.startsWith('Märta Ek;') ? line.replace('Regionkontoret', 'Kommunikationsenheten') : line,
      );
      const file = [header, ...edited, 'Nils Nyman;Gäst;;nils@region.se;;Normal;;;;;'].join('\r\n');
      const check = await upload(file, 'deltagare.csv', true);
      expect(check.status).toBe(200);
      expect(check.body.counts).toEqual({ new: 1, changed: 1, unchanged: before - 1 });
      expect(check.body.preview).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            fullName: 'Märta Ek',
            action: 'changed',
            changedFields: ['organization'],
          }),
          expect.objectContaining({ fullName: 'Nils Nyman', action: 'new' }),
        ]),
      );
      const real = await upload(file, 'deltagare.csv', false);
      expect(real.status).toBe(201);
      expect(real.body.updated).toHaveLength(1);
      expect(await count()).toBe(before + 1);
      const marta = await t.http
        .get(`/api/events/${importEvent}/participants?q=${encodeURIComponent('Märta')}`)
        .set(bearer(token));
      expect(marta.body.items[0]).toMatchObject({ organization: 'Kommunikationsenheten', version: 2 });

      // Only the file's columns are written: a file without an arrival column keeps Åke's arrival.
      const narrow = await upload('Namn;Telefon\r\nÅke Ström;070-174 06 40\r\n', 'deltagare.csv', true);
      expect(narrow.body.counts).toEqual({ new: 0, changed: 0, unchanged: 1 });
    });

    it('refuses two rows for the same person and names labels, the local time format and the accepted columns', async () => {
      const twice = await upload(
        'Namn;Telefon\r\nÅke Ström;070-174 06 40\r\nÅke S;0701740640\r\n',
        'deltagare.csv',
        true,
      );
      expect(twice.status).toBe(400);
      expect(twice.body.details).toEqual([
        expect.objectContaining({
          row: 3,
          code: 'duplicate',
          message: 'Samma person som rad 2 (Åke Ström).',
        }),
      ]);
      const bad = await upload('Namn;Roll;Ankomst\r\nEva;Minister;28 juni kl 10\r\n', 'deltagare.csv', true);
      expect(bad.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'rows[2].role',
            message: 'Måste vara ett av: Förtroendevald, Tjänsteperson, Gäst.',
          }),
          expect.objectContaining({
            field: 'rows[2].arrivalAt',
            message: expect.stringContaining('ÅÅÅÅ-MM-DD TT:MM'),
          }),
        ]),
      );
      const unknown = await upload('Person\r\nEva\r\n', 'deltagare.csv', true);
      expect(unknown.body.details[0].message).toContain(
        'Kolumner som läses: Namn, Roll, Organisation, E-post',
      );
    });

    it('offers an empty template, CSV and XLSX, with headers in the chosen language that an import reads', async () => {
      const csv = await t.http.get(`/api/events/${importEvent}/participants-template.csv`).set(bearer(token));
      expect(csv.status).toBe(200);
      expect(csv.text.replace(/^\uFEFF/, '').trim()).toBe(
        'Namn;Roll;Organisation;E-post;Telefon;Skyddsnivå;Ankomst;Avresa;Anhörig;Anhörigs telefon;Anteckningar',
      );
      const xlsx = await t.http
        .get(`/api/events/${importEvent}/participants-template.xlsx?lang=en`)
        .set(bearer(token))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      expect((book.worksheets[0].getRow(1).values as string[]).slice(1, 4)).toEqual([
        'Name',
        'Role',
        'Organization',
      ]);
      const filled = `${csv.text}Tea Mall;Gäst;;;;;;;;;\r\n`;
      const check = await upload(filled, 'mall.csv', true);
      expect(check.body.counts).toEqual({ new: 1, changed: 0, unchanged: 0 });
    });

    it('uses a column mapping and reads XLSX; refuses formulas and other files', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Lista');
      sheet.addRow(['Person', 'Mobil', 'Kommentar']);
      sheet.addRow(['Xlsx Person', '070-174 06 60', 'x']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      const mapped = await upload(xlsx, 'lista.xlsx', true, { Person: 'fullName', Kommentar: 'ignore' });
      expect(mapped.status).toBe(200);
      expect(mapped.body.columns).toEqual({ Person: 'fullName', Mobil: 'phone', Kommentar: null });
      expect(mapped.body.preview[0]).toMatchObject({ fullName: 'Xlsx Person', phone: '+46701740660' });
      const unmapped = await upload(xlsx, 'lista.xlsx', true);
      expect(unmapped.body.details[0]).toMatchObject({ field: 'rows[1].fullName', code: 'missing_column' });

      sheet.getCell('A2').value = { formula: 'CONCAT("a","b")', result: 'ab' };
      const formula = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'lista.xlsx', true, {
        Person: 'fullName',
      });
      expect(formula.status).toBe(400);
      expect(formula.body.details[0].code).toBe('formula_not_allowed');
      expect((await upload('GIF89a', 'bild.gif', true)).status).toBe(415);
    });

    it('exports CSV and XLSX with formulas neutralised, and audits the export', async () => {
      await t.http
        .post(`/api/events/${importEvent}/participants`)
        .set(bearer(token))
        .send({ fullName: '=cmd|calc' });
      const csv = await t.http.get(`/api/events/${importEvent}/participants.csv`).set(bearer(token));
      expect(csv.text.startsWith('\uFEFFNamn;Roll;Organisation;E-post;Telefon;Skyddsnivå;Ankomst;')).toBe(
        true,
      );
      expect(csv.text).toContain('2027-06-27 09:30');
      expect(csv.text).toContain(`'=cmd|calc`);
      expect(csv.text).toContain('Åke Ström');
      const xlsx = await t.http
        .get(`/api/events/${importEvent}/participants.xlsx`)
        .set(bearer(token))
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      const values = book.worksheets[0].getColumn(1).values as string[];
      expect(values).toContain(`'=cmd|calc`);
      const audit = await t.http.get(`/api/audit?eventId=${importEvent}&limit=100`).set(bearer(adminToken));
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining([
          'participants.import',
          'participants.export-csv',
          'participants.export-xlsx',
        ]),
      );
    });
  });

  it('exports all data of one person, then erases it with schedule and links, keeping no name in the audit log', async () => {
    const { body: p } = await create({ fullName: 'Radera Mig', phone: '070-174 06 70' });
    await t.http
      .post(url(`/${p.id}/schedule`))
      .set(bearer(token))
      .send(validScheduleItem());
    const link = await t.http.post(url(`/${p.id}/link`)).set(bearer(token));
    const exported = await t.http.get(url(`/${p.id}/export`)).set(bearer(token));
    expect(exported.body).toMatchObject({
      participant: { fullName: 'Radera Mig' },
      schedule: [expect.any(Object)],
    });
    expect(exported.body.personalLinks).toHaveLength(1);
    expect((await t.http.delete(url(`/${p.id}`)).set(bearer(token))).status).toBe(204);
    expect((await t.http.get(url(`/${p.id}`)).set(bearer(token))).status).toBe(404);
    expect((await t.http.get(`/api/p/${String(link.body.url).split('/p/')[1]}`)).status).toBe(404);
    const audit = await t.http.get(`/api/audit?subject=${p.id}&limit=100`).set(bearer(adminToken));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('participants.erase');
    expect(JSON.stringify(audit.body)).not.toContain('Radera Mig');
    expect(JSON.stringify(audit.body)).not.toContain('70 174 06 70');
  });

  it('keeps party affiliation only where the event says so', async () => {
    const event = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ keepsPartyAffiliation: true }))
    ).body;
    const res = await t.http
      .post(`/api/events/${event.id}/participants`)
      .set(bearer(token))
      .send({ fullName: 'P', party: 'Partiet' });
    expect(res.status).toBe(201);
    expect(res.body.party).toBe('Partiet');
  });

  it('purges personal data RETENTION_DAYS after the event ended', async () => {
    const ended = (
      await t.http
        .post('/api/events')
        .set(bearer(token))
        .send(validEvent({ startsAt: '2020-06-01T10:00:00Z', endsAt: '2020-06-02T10:00:00Z' }))
    ).body;
    expect(ended.personalDataPurgeAt).toBe('2020-07-02T10:00:00.000Z');
    await t.http
      .post(`/api/events/${ended.id}/participants`)
      .set(bearer(token))
      .send({ fullName: 'Gammal Deltagare' });
    const erased = await t.app.get(RetentionService).purge();
    expect(erased).toBeGreaterThanOrEqual(1);
    expect((await t.http.get(`/api/events/${ended.id}/participants`).set(bearer(token))).body.total).toBe(0);
    expect((await t.http.get(url()).set(bearer(token))).body.total).toBeGreaterThan(0);
  });
});
