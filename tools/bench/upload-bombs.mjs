// Upload bombs (issue 12): /api/health measured while three hostile imports are sent again and again and
// refused: a million-row XLSX made here, and two big CSVs. The server reads them on worker threads.
import archiver from 'archiver';
import { printCheck, printNote, printRouteTable } from './report.mjs';

const HEALTH_P99_TARGET_MS = 200;
const ROWS = 1_000_000;

const XLSX_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lista" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/** A minimal workbook of a million rows (49 MB of XML, under 5 MB zipped), written as XML and zipped. */
async function millionRowXlsx() {
  const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>fullName</t></is></c></row>'];
  for (let r = 2; r <= ROWS; r += 1) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const zip = archiver('zip', { zlib: { level: 9 } });
  const chunks = [];
  zip.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => zip.on('end', resolve).on('error', reject));
  for (const [name, text] of Object.entries(XLSX_PARTS)) zip.append(text, { name });
  zip.append(sheet, { name: 'xl/worksheets/sheet1.xml' });
  await zip.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A participant CSV just under the 5 MB upload limit: far more rows than the 20,000 allowed. */
function bigCsv(cellsPerRow) {
  const lines = ['Namn;Telefon;Anteckning'];
  let size = 0;
  for (let i = 0; size < 4.8 * 1024 * 1024; i += 1) {
    const line = `Deltagare ${i};070-${1000000 + (i % 9000000)};${'x'.repeat(cellsPerRow)}`;
    size += line.length + 1;
    lines.push(line);
  }
  return Buffer.from(lines.join('\n'));
}

/** Sends one bomb again and again until `stop`, counting the answers by status. */
async function keepSending(url, headers, bomb, stop, statuses) {
  while (!stop.signal.aborted) {
    const form = new FormData();
    form.append('file', new Blob([bomb.bytes], { type: bomb.type }), bomb.name);
    try {
      const res = await fetch(url, { method: 'POST', headers, body: form, signal: stop.signal });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    } catch {
      // aborted at the end of the measurement
    }
  }
}

/** Measures on one server; printUploadBombs() prints one or two drivers' figures. */
export async function measureUploadBombs(server, token, load, row) {
  const headers = { authorization: `Bearer ${token}` };
  const created = await fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench upload bombs',
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    }),
  });
  const eventId = (await created.json()).id;
  const xlsx = {
    name: 'miljon.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await millionRowXlsx(),
  };
  const bombs = [
    xlsx,
    { name: 'stor.csv', type: 'text/csv', bytes: bigCsv(2) },
    { name: 'bred.csv', type: 'text/csv', bytes: bigCsv(60) },
  ];
  const url = `${server.url}/api/events/${eventId}/participants/import?dryRun=true`;
  const stop = new AbortController();
  const statuses = {};
  const senders = bombs.map((bomb) => keepSending(url, headers, bomb, stop, statuses));
  await new Promise((resolve) => setTimeout(resolve, 500)); // the bombs are in flight first
  const health = row('GET /api/health (three bombs being refused)', await load(`${server.url}/api/health`));
  stop.abort();
  await Promise.all(senders);

  return { bombs: bombs.map((bomb) => ({ name: bomb.name, size: bomb.bytes.length })), statuses, health };
}

export function printUploadBombs(results) {
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log('\n## Upload bombs (issue 12)\n');
  console.log(
    `bombs: ${results[0].data.bombs.map((bomb) => `${bomb.name} ${mb(bomb.size)}`).join(', ')} (the XLSX has ${ROWS.toLocaleString('en')} rows)`,
  );
  printNote(results, 'answers to the bombs: ', (d) =>
    Object.entries(d.statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(', '),
  );
  console.log('');
  printRouteTable(results, (d) => [d.health]);
  printCheck(results, {
    lead: '\n',
    label: 'health p99 while bombs are refused',
    target: `< ${HEALTH_P99_TARGET_MS} ms`,
    value: (d) => d.health.p99,
    format: (ms) => `${ms} ms`,
    pass: (ms, d) => ms < HEALTH_P99_TARGET_MS && d.health.errors === 0,
  });
}
