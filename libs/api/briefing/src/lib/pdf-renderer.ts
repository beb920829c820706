import { Injectable } from '@nestjs/common';
import { dirname, join, resolve } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake: PdfMake = require('pdfmake');
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
// A PDF must never fetch anything: no URLs, and local files only from the font folder.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(fontDir));

/** Turns a pdfmake document definition into PDF bytes with the embedded Roboto fonts (full å ä ö). */
@Injectable()
export class PdfRenderer {
  render(doc: TDocumentDefinitions): Promise<Buffer> {
    return pdfmake.createPdf(doc).getBuffer();
  }
}
