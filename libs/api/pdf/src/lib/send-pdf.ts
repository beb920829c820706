import type { Response } from 'express';

// Letters that Unicode does not split into a base letter and an accent.
const SPELLED_OUT: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** Letters, digits and dashes only: safe in Content-Disposition and as a file name in a ZIP. */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[łøæœßđðþ]/g, (letter) => SPELLED_OUT[letter])
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'briefing'
  );
}

export function pdfFileName(title: string, lang: string, format: string): string {
  return `${fileSlug(title)}-${format}-${lang}.pdf`;
}

export function sendPdf(
  res: Response,
  bytes: Buffer,
  fileName: string,
  options: { cache: string } = { cache: 'private, no-store' },
): void {
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', options.cache);
  res.setHeader('Content-Length', String(bytes.length));
  res.end(bytes);
}
