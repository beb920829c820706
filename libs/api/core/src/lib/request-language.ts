import { Language, pickLanguage } from '@tryggplan/shared/domain';
import type { Request } from 'express';

/** The caller's language: `?lang=` first, then Accept-Language; Swedish by default (and for jobs). */
export function requestLanguage(req: Request | undefined): Language {
  if (!req) return pickLanguage(undefined);
  const lang = typeof req.query?.['lang'] === 'string' ? req.query['lang'] : undefined;
  return pickLanguage(lang ?? req.headers['accept-language']);
}
