import type { Request } from 'express';
import { requestLanguage } from './request-language';

const request = (query: Record<string, unknown>, acceptLanguage?: string) =>
  ({ query, headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} }) as unknown as Request;

describe('requestLanguage', () => {
  it('takes a valid ?lang= first, then the browser’s language, then Swedish', () => {
    expect(requestLanguage(request({ lang: 'en' }, 'sv-SE'))).toBe('en');
    expect(requestLanguage(request({}, 'en-GB,en;q=0.9'))).toBe('en');
    expect(requestLanguage(request({}))).toBe('sv');
    expect(requestLanguage(undefined)).toBe('sv');
  });

  it('answers in the browser’s language when ?lang= is not one it knows', () => {
    expect(requestLanguage(request({ lang: 'de' }, 'en'))).toBe('en');
    expect(requestLanguage(request({ lang: ['en', 'sv'] }, 'en'))).toBe('en');
    expect(requestLanguage(request({ lang: 'de' }))).toBe('sv');
  });
});
