import { inflateSync } from 'node:zlib';

/*
 * The objects of a PDF made by pdfmake (pdfkit with embedded subset fonts) and the ToUnicode maps of its
 * fonts. Small on purpose: it reads what our renderer writes, not any PDF.
 */

export interface PdfObject {
  dict: string;
  stream?: string;
}

export function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source))) {
    const dictStart = match.index + match[0].length;
    const streamAt = source.indexOf('stream', dictStart);
    const endAt = source.indexOf('endobj', dictStart);
    if (streamAt < 0 || endAt < streamAt) {
      objects.set(match[1], { dict: source.slice(dictStart, endAt) });
      header.lastIndex = endAt;
      continue;
    }
    // Stream bytes are counted by /Length, never searched for: a font file may contain anything.
    const dict = source.slice(dictStart, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const dataStart = streamAt + 6 + (source[streamAt + 6] === '\r' ? 2 : 1);
    const bytes = Buffer.from(source.slice(dataStart, dataStart + length), 'latin1');
    const stream = dict.includes('/FlateDecode')
      ? inflateSync(bytes).toString('latin1')
      : bytes.toString('latin1');
    objects.set(match[1], { dict, stream });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

function utf16(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes.readUInt16BE(i));
  return text;
}

export function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, start, end, list, base] of body.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g,
    )) {
      const from = parseInt(start, 16);
      const to = parseInt(end, 16);
      if (list !== undefined) {
        // A ligature maps to several characters: <0066 0069> is "fi".
        [...list.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((m, i) =>
          map.set(from + i, utf16(m[1].replace(/\s/g, ''))),
        );
      } else {
        const first = parseInt(base, 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(first + code - from));
      }
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(parseInt(code, 16), utf16(value));
    }
  }
  return map;
}

/** The ToUnicode map of every font object, by the font's object id. */
export function fontCmaps(objects: Map<string, PdfObject>): Map<string, Map<number, string>> {
  const cmaps = new Map<string, Map<number, string>>();
  for (const [id, { dict }] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(dict);
    if (ref) cmaps.set(id, toUnicodeMap(objects.get(ref[1])?.stream ?? ''));
  }
  return cmaps;
}
