import { Language, LANGUAGES, pickLanguage } from '@tryggplan/shared/domain';
import type { Request } from 'express';

/**
 * The caller's language: a valid `?lang=` first, then Accept-Language; Swedish by default (and for
 * jobs). An unknown `?lang=` is itself an error to report, in the language the browser asks for.
 */
export function requestLanguage(req: Request | undefined): Language {
  if (!req) return pickLanguage(undefined);
  const lang = req.query?.['lang'];
  if (typeof lang === 'string' && (LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  return pickLanguage(req.headers['accept-language']);
}
