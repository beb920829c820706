import ExcelJS from 'exceljs';
import { bearer, createTestApp, TestApp, validEvent, validRisk, validSite } from './harness';

const CSV_HEADER = 'title;category;likelihood;consequence;owner;mitigations';

describe('risk register', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  let siteId: string;
  const url = (path = '') => `/api/events/${eventId}/risks${path}`;
  const post = (body: object) => t.http.post(url()).set(bearer(token)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await t.user('coordinator');
    token = coordinator.token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    siteId = (await t.http.post(`/api/events/${eventId}/sites`).set(bearer(token)).send(validSite())).body.id;
  });
  afterAll(() => t.close());

  it('creates a risk with score and level from the matrix, and defaults', async () => {
    const res = await post(
      validRisk({
        siteIds: [siteId],
        residualLikelihood: 2,
        residualConsequence: 3,
        mitigations: [{ description: 'Ordningsvakter vid scenen', owner: 'Kim', dueDate: '2027-06-20' }],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      score: 12,
      level: 'high',
      residualScore: 6,
      residualLevel: 'medium',
      treatment: 'reduce',
      status: 'open',
      siteIds: [siteId],
      version: 1,
    });
    expect(res.body.mitigations[0]).toMatchObject({
      description: 'Ordningsvakter vid scenen',
      status: 'planned',
    });
    expect(typeof res.body.mitigations[0].id).toBe('string');
  });

  it.each([
    ['likelihood', { likelihood: 0 }, 'too_small'],
    ['likelihood', { likelihood: 6 }, 'too_big'],
    ['consequence', { consequence: 2.5 }, 'not_integer'],
    ['consequence', { consequence: '3' }, 'invalid_type'],
    ['category', { category: 'aliens' }, 'invalid_choice'],
    ['titel', { titel: 'typo' }, 'unknown_field'],
    ['residualLikelihood', { residualLikelihood: 5, residualConsequence: 5 }, 'residual_above_inherent'],
    ['residualConsequence', { residualLikelihood: 2 }, 'residual_pair'],
    ['mitigations.0.dueDate', { mitigations: [{ description: 'x', dueDate: '20 juni' }] }, 'invalid_date'],
    ['mitigations.0.status', { mitigations: [{ description: 'x', status: 'later' }] }, 'invalid_choice'],
  ])('rejects a bad %s and saves nothing', async (field, overrides, code) => {
    const before = (await t.http.get(url()).set(bearer(token))).body.total;
    const res = await post(validRisk(overrides));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect((await t.http.get(url()).set(bearer(token))).body.total).toBe(before);
  });

  it('rejects a site of another event', async () => {
    const other = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const foreignSite = (await t.http.post(`/api/events/${other}/sites`).set(bearer(token)).send(validSite()))
      .body.id;
    const res = await post(validRisk({ siteIds: [siteId, foreignSite] }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'siteIds.1', code: 'unknown_site' })]);
  });

  it('answers 413 to a 10 MB description', async () => {
    const res = await post(validRisk({ description: 'x'.repeat(10 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('answers 409 naming who changed which field, keeps history, and never overwrites', async () => {
    const { body: risk } = await post(validRisk({ title: 'Trängsel' }));
    const first = await t.http
      .patch(url(`/${risk.id}`))
      .set(bearer(token))
      .send({ likelihood: 5, owner: 'Polisen', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ score: 15, version: 2 });
    const second = await t.http
      .patch(url(`/${risk.id}`))
      .set(bearer(token))
      .send({ title: 'Skrivs över', version: 1 });
    expect(second.status).toBe(409);
    expect(second.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'likelihood',
      'owner',
    ]);
    expect(second.body.details[0].message).toMatch(/^Ändrades av coordinator \d+/);
    expect((await t.http.get(url(`/${risk.id}`)).set(bearer(token))).body.title).toBe('Trängsel');
    const history = await t.http.get(url(`/${risk.id}/history`)).set(bearer(token));
    expect(history.body[0]).toMatchObject({
      version: 2,
      changes: expect.arrayContaining([{ field: 'likelihood', from: 4, to: 5 }]),
    });
    expect(history.body).toHaveLength(2);
  });

  it('rejects a residual above the inherent score on a partial update', async () => {
    const { body: risk } = await post(validRisk({ likelihood: 2, consequence: 2 }));
    const res = await t.http
      .patch(url(`/${risk.id}`))
      .set(bearer(token))
      .send({ residualLikelihood: 3, residualConsequence: 3, version: 1 });
    expect(res.status).toBe(400);
    expect(res.body.details[0].code).toBe('residual_above_inherent');
  });

  describe('list, filters and matrix', () => {
    let listEvent: string;
    beforeAll(async () => {
      listEvent = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
      const risks = [
        validRisk({ title: 'Låg', likelihood: 1, consequence: 2, category: 'theft' }),
        validRisk({
          title: 'Medel',
          likelihood: 3,
          consequence: 3,
          category: 'fire',
          owner: 'Räddningstjänsten',
        }),
        validRisk({
          title: 'Kritisk',
          likelihood: 5,
          consequence: 5,
          residualLikelihood: 2,
          residualConsequence: 5,
          mitigations: [{ description: 'Försenad åtgärd', dueDate: '2020-01-01' }],
        }),
      ];
      for (const risk of risks)
        await t.http.post(`/api/events/${listEvent}/risks`).set(bearer(token)).send(risk);
    });
    const list = (query: string) => t.http.get(`/api/events/${listEvent}/risks?${query}`).set(bearer(token));

    it('sorts by score and counts by level', async () => {
      const res = await list('');
      expect(res.body.items.map((r: { title: string }) => r.title)).toEqual(['Kritisk', 'Medel', 'Låg']);
      expect(res.body.countsByLevel).toEqual({ low: 1, medium: 1, high: 0, critical: 1 });
      const asc = await list('sort=title:asc');
      expect(asc.body.items[0].title).toBe('Kritisk');
    });

    it.each([
      ['category=fire', ['Medel']],
      ['level=low', ['Låg']],
      ['level=high&basis=residual', ['Kritisk']],
      ['overdue=true', ['Kritisk']],
      ['q=räddning', ['Medel']],
      ['likelihood=5&consequence=5', ['Kritisk']],
      ['likelihood=2&consequence=5&basis=residual', ['Kritisk']],
      ['likelihood=5&consequence=5&basis=residual', []],
    ])('filters by %s', async (query, titles) => {
      const res = await list(query);
      expect(res.body.items.map((r: { title: string }) => r.title)).toEqual(titles);
      expect(res.body.total).toBe(titles.length);
    });

    it('rejects an unknown filter value', async () => {
      const res = await list('level=extreme');
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe('level');
    });

    it('returns the matrix counts on either basis', async () => {
      const inherent = await t.http.get(`/api/events/${listEvent}/risk-matrix`).set(bearer(token));
      expect(inherent.body.total).toBe(3);
      expect(inherent.body.cells[0][4]).toMatchObject({
        likelihood: 5,
        consequence: 5,
        level: 'critical',
        count: 1,
      });
      const residual = await t.http
        .get(`/api/events/${listEvent}/risk-matrix?basis=residual`)
        .set(bearer(token));
      expect(residual.body).toMatchObject({ basis: 'residual', total: 1, unassessed: 2 });
      expect(residual.body.cells[3][4]).toMatchObject({ likelihood: 2, consequence: 5, count: 1 });
    });
  });

  describe('CSV and XLSX', () => {
    let ioEvent: string;
    beforeAll(async () => {
      ioEvent = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    });
    const upload = (content: Buffer | string, name: string, dryRun: boolean) =>
      t.http
        .post(`/api/events/${ioEvent}/risks/import?dryRun=${dryRun}`)
        .set(bearer(token))
        .attach('file', Buffer.from(content), name);
    const count = async () =>
      (await t.http.get(`/api/events/${ioEvent}/risks`).set(bearer(token))).body.total;

    it('previews a CSV without saving, then imports it', async () => {
      const csv = `${CSV_HEADER}\nTrängsel i parken;Trängsel;4;4;Åsa;Avspärrning | Fler utgångar\nStöld;theft;2;2;;\n`;
      const preview = await upload(csv, 'risker.csv', true);
      expect(preview.status).toBe(200);
      expect(preview.body.total).toBe(2);
      expect(preview.body.preview[0]).toMatchObject({ category: 'crowding', likelihood: 4 });
      expect(await count()).toBe(0);
      const real = await upload(csv, 'risker.csv', false);
      expect(real.status).toBe(201);
      expect(await count()).toBe(2);
    });

    it('saves nothing when one row is bad, and names each bad row and field', async () => {
      const before = await count();
      const csv = `${CSV_HEADER}\nOk;fire;2;2;;\nFel;fire;0;9;;\n;aliens;3;3;;\n`;
      const res = await upload(csv, 'risker.csv', false);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 3, field: 'rows[3].likelihood' }),
          expect.objectContaining({ row: 3, field: 'rows[3].consequence' }),
          expect.objectContaining({ row: 4, field: 'rows[4].title' }),
          expect.objectContaining({ row: 4, field: 'rows[4].category' }),
        ]),
      );
      expect(await count()).toBe(before);
    });

    it('reads Windows-1252 CSV with commas', async () => {
      const csv = Buffer.from(
        'title,category,likelihood,consequence\nBrand i tältet på Donners plats,fire,2,4\n',
        'latin1',
      );
      const res = await upload(csv, 'excel.csv', true);
      expect(res.status).toBe(200);
      expect(res.body.preview[0].title).toBe('Brand i tältet på Donners plats');
    });

    it('rejects a wrong column, a formula in XLSX, and a wrong file type', async () => {
      const wrongColumn = await upload(
        'title;category;likelihood;consequence;colour\nA;fire;1;1;red\n',
        'x.csv',
        true,
      );
      expect(wrongColumn.status).toBe(400);
      expect(wrongColumn.body.details[0]).toMatchObject({ field: 'rows[1].colour', code: 'unknown_column' });

      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Risker');
      sheet.addRow(['title', 'category', 'likelihood', 'consequence']);
      sheet.addRow(['Formel', 'fire', 2, 3]);
      sheet.getCell('C2').value = { formula: '1+1', result: 2 };
      const formula = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'risker.xlsx', true);
      expect(formula.status).toBe(400);
      expect(formula.body.details[0]).toMatchObject({ row: 2, code: 'formula_not_allowed' });

      const pdf = await upload('%PDF-1.7', 'risker.pdf', true);
      expect(pdf.status).toBe(415);
    });

    it('imports XLSX', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Risker');
      sheet.addRow(['Titel', 'Kategori', 'Sannolikhet', 'Konsekvens']);
      sheet.addRow(['Värmebölja', 'Väder och värme', 3, 2]);
      const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'risker.xlsx', true);
      expect(res.status).toBe(200);
      expect(res.body.preview[0]).toMatchObject({ title: 'Värmebölja', category: 'weather-heat' });
    });

    it('exports CSV with BOM, semicolons and neutralised formulas', async () => {
      await t.http
        .post(`/api/events/${ioEvent}/risks`)
        .set(bearer(token))
        .send(validRisk({ title: '=HYPERLINK("http://evil")', owner: '+46 70 174 06 05' }));
      const res = await t.http.get(`/api/events/${ioEvent}/risks.csv`).set(bearer(token));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(res.text.startsWith('\uFEFFid;title;')).toBe(true);
      expect(res.text).toContain(`'=HYPERLINK`);
      expect(res.text).toContain(`'+46 70 174 06 05`);
      expect(res.text).toContain('Hot och trakasserier');
    });
  });

  it('offers at least 15 templates and adds chosen ones in one go', async () => {
    const templates = await t.http.get('/api/risk-templates?lang=en').set(bearer(token));
    expect(templates.body.length).toBeGreaterThanOrEqual(15);
    const event = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const res = await t.http
      .post(`/api/events/${event}/risks/from-templates`)
      .set(bearer(token))
      .send({ templateIds: ['crowd-crush', 'doxxing'], lang: 'sv' });
    expect(res.status).toBe(201);
    expect(res.body.map((r: { title: string }) => r.title)).toEqual([
      'Trängsel vid partiledartal',
      'Doxning: boende eller program sprids',
    ]);
    const unknown = await t.http
      .post(`/api/events/${event}/risks/from-templates`)
      .set(bearer(token))
      .send({ templateIds: ['nope'] });
    expect(unknown.status).toBe(404);
  });

  it('copies the register of an earlier event the coordinator works on, and no other', async () => {
    const target = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const res = await t.http
      .post(`/api/events/${target}/risks/copy`)
      .set(bearer(token))
      .send({ fromEventId: eventId });
    expect(res.status).toBe(201);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((r: { siteIds: string[] }) => r.siteIds.length === 0)).toBe(true);
    const stranger = await t.user('coordinator');
    const strangerEvent = (await t.http.post('/api/events').set(bearer(stranger.token)).send(validEvent()))
      .body.id;
    const denied = await t.http
      .post(`/api/events/${strangerEvent}/risks/copy`)
      .set(bearer(stranger.token))
      .send({ fromEventId: eventId });
    expect(denied.status).toBe(404);
  });
});
