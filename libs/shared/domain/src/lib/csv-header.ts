/** Text of CSV bytes: UTF-8 (with or without BOM) when valid, otherwise Windows-1252 (Excel's "CSV" in Sweden). */
export function decodeCsvText(bytes: Uint8Array | ArrayBuffer): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(view);
  }
}

/**
 * The separator of a CSV text, read from its first line outside quotes: a semicolon when there are at least
 * as many semicolons as commas (Swedish Excel writes `;`, and `Namn;Ort, län` is two columns), else a comma.
 */
export function csvDelimiter(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const semicolons = unquoted.split(';').length - 1;
  const commas = unquoted.split(',').length - 1;
  return semicolons > 0 && semicolons >= commas ? ';' : ',';
}

/** The header row of a CSV text, split by `csvDelimiter`, honouring quotes; the API and the web read it alike. */
export function csvHeaders(text: string): string[] {
  const delimiter = csvDelimiter(text);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') break;
    else cell += char;
  }
  cells.push(cell.trim());
  return cells.filter((header, index) => header !== '' || index < cells.length - 1);
}
