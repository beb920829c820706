import { DEFAULT_LANGUAGE, LANGUAGES } from '@tryggplan/shared/domain';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, UI_LANGUAGES } from './ui-languages';

describe('UI languages', () => {
  it('are the languages of the domain', () => {
    expect([...UI_LANGUAGES]).toEqual([...LANGUAGES]);
    expect(DEFAULT_UI_LANGUAGE).toBe(DEFAULT_LANGUAGE);
  });

  it('recognises only sv and en', () => {
    expect(isUiLanguage('sv')).toBe(true);
    expect(isUiLanguage('en')).toBe(true);
    expect(isUiLanguage('de')).toBe(false);
    expect(isUiLanguage(null)).toBe(false);
  });
});
