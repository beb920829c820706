import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { forkJoin, map } from 'rxjs';
import { TRANSLATION_PARTS } from './translation-parts';

/** Texts come from `/i18n/{part}/{lang}.json`, served beside the app (apps/web/public/i18n), merged. */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string) {
    const file = encodeURIComponent(lang);
    return forkJoin(
      TRANSLATION_PARTS.map((part) => this.http.get<Translation>(`/i18n/${part}/${file}.json`)),
    ).pipe(map((parts) => Object.assign({}, ...parts) as Translation));
  }
}
