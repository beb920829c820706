import type { Response } from 'express';

/** A file name safe for Content-Disposition: letters, digits and dashes. */
export function pdfFileName(title: string, lang: string, format: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${slug || 'briefing'}-${format}-${lang}.pdf`;
}

export function sendPdf(res: Response, bytes: Buffer, fileName: string): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Length', String(bytes.length));
  res.end(bytes);
}
