import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { TranslocoHttpLoader } from './transloco-http-loader';

describe('TranslocoHttpLoader', () => {
  it('loads a language as one file, the parts merged at build time', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const loader = TestBed.inject(TranslocoHttpLoader);
    const http = TestBed.inject(HttpTestingController);
    const loaded = firstValueFrom(loader.getTranslation('en'));
    http.expectOne('/i18n/en.json').flush({ core: { appName: 'Tryggplan' }, risks: { title: 'Risks' } });
    expect(await loaded).toEqual({ core: { appName: 'Tryggplan' }, risks: { title: 'Risks' } });
    http.verify();
  });
});
