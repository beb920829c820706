import { Injectable } from '@nestjs/common';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from './pdf-make';

/** Turns a pdfmake document definition into PDF bytes with the embedded Roboto fonts (full å ä ö). */
@Injectable()
export class PdfRenderer {
  render(doc: TDocumentDefinitions): Promise<Buffer> {
    return renderPdf(doc);
  }
}
