import { Injectable } from '@nestjs/common';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from './pdf-make';

/** Turns a pdfmake document definition into PDF bytes, each text in the embedded font that draws it. */
@Injectable()
export class PdfRenderer {
  render(doc: TDocumentDefinitions): Promise<Buffer> {
    return renderPdf(doc);
  }
}
