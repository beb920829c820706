import { fontCmaps, readObjects } from './pdf-objects';

/**
 * The text of a PDF made by pdfmake (pdfkit with embedded subset fonts): inflates the streams, reads
 * each font's ToUnicode map and decodes the glyph strings of every text fragment, line by line.
 * Small on purpose: it reads what our renderer writes, not any PDF.
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmaps = fontCmaps(objects);
  const fontByName = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const [, name, id] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = cmaps.get(id);
      if (cmap) fontByName.set(name, cmap);
    }
  }
  const fragments: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (!stream || /\/(Type|Subtype) \/(XObject|Image|FontFile|XRef)/.test(dict) || dict.includes('/Length1'))
      continue;
    let font: Map<number, string> | undefined;
    for (const [, name, array, single] of stream.matchAll(
      /\/(F\d+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (name) font = fontByName.get(name);
      const hex = array ? [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('') : single;
      if (hex !== undefined && font) fragments.push(decode(hex, font));
    }
  }
  // pdfmake writes a line word by word, each with its trailing space; a fragment without one ends a line.
  return fragments.map((fragment) => (/\s$/.test(fragment) ? fragment : `${fragment}\n`)).join('');
}

function decode(hex: string, cmap: Map<number, string>): string {
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
  return text;
}

/** Makes a supertest request read its answer as raw bytes (a PDF, a ZIP) into `res.body`. */
export const binaryBody = (req: import('supertest').Request) =>
  req.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
