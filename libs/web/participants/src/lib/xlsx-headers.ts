/**
 * The first row of the first sheet of an XLSX file, read in the browser without a spreadsheet
 * library: the ZIP's central directory, the browser's own inflate, and DOMParser.
 */
export async function xlsxHeaders(bytes: ArrayBuffer): Promise<string[]> {
  const files = zipEntries(bytes);
  const sheet = await readEntry(bytes, files.get('xl/worksheets/sheet1.xml'));
  const sharedXml = files.has('xl/sharedStrings.xml')
    ? await readEntry(bytes, files.get('xl/sharedStrings.xml'))
    : '';
  const parser = new DOMParser();
  const shared = sharedXml
    ? [...parser.parseFromString(sharedXml, 'application/xml').getElementsByTagName('si')].map((si) =>
        [...si.getElementsByTagName('t')].map((t) => t.textContent ?? '').join(''),
      )
    : [];
  const firstRow = parser.parseFromString(sheet, 'application/xml').getElementsByTagName('row')[0];
  if (!firstRow) return [];
  const headers: string[] = [];
  for (const cell of [...firstRow.getElementsByTagName('c')]) {
    const column = columnIndex(cell.getAttribute('r') ?? '') ?? headers.length;
    const type = cell.getAttribute('t');
    const value =
      type === 's'
        ? (shared[Number(cell.getElementsByTagName('v')[0]?.textContent)] ?? '')
        : type === 'inlineStr'
          ? [...cell.getElementsByTagName('t')].map((t) => t.textContent ?? '').join('')
          : (cell.getElementsByTagName('v')[0]?.textContent ?? '');
    while (headers.length < column) headers.push('');
    headers[column] = value.trim();
  }
  return headers.filter((header) => header !== '');
}

interface ZipEntry {
  method: number;
  size: number;
  offset: number;
}

function columnIndex(ref: string): number | undefined {
  const letters = /^([A-Z]+)/.exec(ref)?.[1];
  if (!letters) return undefined;
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function zipEntries(bytes: ArrayBuffer): Map<string, ZipEntry> {
  const view = new DataView(bytes);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count && view.getUint32(at, true) === 0x02014b50; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(new Uint8Array(bytes, at + 46, nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

async function readEntry(bytes: ArrayBuffer, entry: ZipEntry | undefined): Promise<string> {
  if (!entry) throw new Error('missing sheet');
  const view = new DataView(bytes);
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = new Uint8Array(bytes, start, entry.size);
  if (entry.method === 0) return new TextDecoder().decode(data);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
