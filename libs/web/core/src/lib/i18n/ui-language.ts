import { DOCUMENT, inject, Injectable, Injector, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Language } from '@tryggplan/shared/domain';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_UI_LANGUAGE, isUiLanguage } from './ui-languages';

export const LANGUAGE_STORAGE_KEY = 'tryggplan.language';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_UI_LANGUAGE;
  } catch {
    return DEFAULT_UI_LANGUAGE;
  }
}

/**
 * The UI language (Swedish unless the user chose English), kept in localStorage and in
 * `<html lang>`. Transloco is looked up lazily: the HTTP interceptor reads this service while
 * Transloco's own loader is fetching, and a constructor dependency would be circular.
 */
@Injectable({ providedIn: 'root' })
export class UiLanguage {
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly language = signal<Language>(storedLanguage());

  readonly current = this.language.asReadonly();

  /** Loads the stored language's texts before the first page renders. */
  async init(): Promise<void> {
    const lang = this.language();
    this.document.documentElement.lang = lang;
    const transloco = this.injector.get(TranslocoService);
    transloco.setActiveLang(lang);
    await firstValueFrom(transloco.load(lang)).catch(() => undefined);
  }

  async use(lang: Language): Promise<void> {
    const transloco = this.injector.get(TranslocoService);
    // Load first, then switch, so the page never shows a mix of languages or bare keys.
    await firstValueFrom(transloco.load(lang)).catch(() => undefined);
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Storage may be off (private mode); the choice then lasts for this page only.
    }
    this.language.set(lang);
    this.document.documentElement.lang = lang;
    transloco.setActiveLang(lang);
  }
}
