import ExcelJS from 'exceljs';
import { bearer, createTestApp, TestApp, validEvent } from './harness';

/** A participant CSV of `rows` people below the header, with `extra` spliced into every line. */
function participantCsv(rows: number, extra = ''): string {
  const lines = ['fullName;phone' + extra];
  for (let i = 0; i < rows; i += 1) lines.push(`Person ${i};${extra}`);
  return lines.join('\n');
}

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lista');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/** The same zip with every entry in its central directory claiming to unpack to 1 GB. */
function withDeclaredSizes(zip: Buffer, size = 1024 * 1024 * 1024): Buffer {
  const patched = Buffer.from(zip);
  for (let at = 0; at < patched.length - 4; at += 1) {
    if (patched.readUInt32LE(at) === CENTRAL_DIRECTORY_ENTRY) patched.writeUInt32LE(size, at + 24);
  }
  return patched;
}

/** A closed ring of `count` positions around a point in Visby. */
function ring(count: number, lng = 18.29): number[][] {
  const positions = Array.from({ length: count - 1 }, (_, i) => {
    const angle = (i / (count - 1)) * 2 * Math.PI;
    return [lng + 0.01 * Math.cos(angle), 57.64 + 0.005 * Math.sin(angle)];
  });
  return [...positions, positions[0]];
}

describe('upload limits of CSV and XLSX imports', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  const upload = (content: Buffer | string, name: string, route = 'participants', lang = 'sv') =>
    t.http
      .post(`/api/events/${eventId}/${route}/import?dryRun=true`)
      .set({ ...bearer(token), 'Accept-Language': lang })
      .attach('file', Buffer.from(content), name);

  it('refuses a CSV of 20,001 rows with a 413 naming the limit, in Swedish and English', async () => {
    const csv = participantCsv(20_001);
    const sv = await upload(csv, 'deltagare.csv');
    expect(sv.status).toBe(413);
    expect(sv.body).toMatchObject({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Filen har fler än 20 000 rader.',
      details: [expect.objectContaining({ field: 'file' })],
    });
    const en = await upload(csv, 'deltagare.csv', 'participants', 'en');
    expect(en.body.message).toBe('The file has more than 20,000 rows.');
    const risks = await upload(csv, 'risker.csv', 'risks');
    expect(risks.status).toBe(413);
  });

  it('reads a file of exactly 20,000 rows', async () => {
    const res = await upload(participantCsv(20_000), 'deltagare.csv');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(20_000);
  });

  it('stops reading an XLSX at the first row past the limit', async () => {
    const rows = [['fullName'], ...Array.from({ length: 20_001 }, (_, i) => [`Person ${i}`])];
    const res = await upload(await xlsxOf(rows), 'lista.xlsx');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Filen har fler än 20 000 rader.');
  });

  it('refuses an XLSX whose zip directory declares more than 50 MB unpacked, before reading it', async () => {
    const honest = await xlsxOf([['fullName'], ['Åke Ström']]);
    expect((await upload(honest, 'lista.xlsx')).status).toBe(200);
    const res = await upload(withDeclaredSizes(honest), 'lista.xlsx');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Kalkylbladet är större än 50 MB uppackat.');
  });

  it('refuses more than 100 columns, naming the row', async () => {
    const wide = Array.from({ length: 100 }, (_, i) => `;extra${i}`).join('');
    const res = await upload(participantCsv(2, wide), 'deltagare.csv');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Filen har fler än 100 kolumner.');
    expect(res.body.details[0]).toMatchObject({ field: 'rows[1]' });
    const xlsx = await xlsxOf([Array.from({ length: 101 }, (_, i) => `Kolumn ${i}`)]);
    expect((await upload(xlsx, 'lista.xlsx')).body.message).toBe('Filen har fler än 100 kolumner.');
  });

  it('refuses a cell longer than 10,000 characters, naming row and column', async () => {
    const csv = `fullName;notes\nÅke Ström;${'x'.repeat(10_001)}\n`;
    const res = await upload(csv, 'deltagare.csv', 'participants', 'en');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('A cell has more than 10,000 characters.');
    expect(res.body.details[0]).toMatchObject({ field: 'rows[2].notes', row: 2 });
  });

  it('refuses a file over 5 MB with a 413 naming the limit', async () => {
    const res = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'deltagare.csv');
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Filen är större än 5 MB.');
  });

  it('answers /api/health while big uploads are being refused', async () => {
    // `then` sends a supertest request at once; the health check goes out while the bombs are in flight.
    const bombs = [participantCsv(200_000), participantCsv(200_000, ';x')].map((csv) =>
      upload(csv, 'deltagare.csv').then((res) => res),
    );
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    for (const bomb of await Promise.all(bombs)) expect(bomb.status).toBe(413);
  });

  it('refuses a GeoJSON import of more than 50,000 vertices with a 413 naming the limit', async () => {
    const zone = (i: number, vertices: number) => ({
      type: 'Feature',
      properties: { kind: 'zone', name: `Zon ${i}` },
      geometry: { type: 'Polygon', coordinates: [ring(vertices, 18.2 + i * 0.03)] },
    });
    const features = Array.from({ length: 6 }, (_, i) => zone(i, 9_000));
    const res = await t.http
      .post(`/api/events/${eventId}/sites/import`)
      .set(bearer(token))
      .send({ type: 'FeatureCollection', features });
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Importen har fler än 50 000 punkter.');
    const small = await t.http
      .post(`/api/events/${eventId}/sites/import`)
      .set(bearer(token))
      .send({ type: 'FeatureCollection', features: [zone(0, 50)] });
    expect(small.status).toBe(201);
  });
});
