import { TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');

function texts(lang: 'sv' | 'en') {
  const part = (name: string) => JSON.parse(readFileSync(join(I18N, name, `${lang}.json`), 'utf8'));
  return { ...part('core'), ...part('partners') };
}

/** Transloco with the real core and partners texts, Swedish first, for component specs of this lib. */
export function partnerTransloco() {
  return TranslocoTestingModule.forRoot({
    langs: { sv: texts('sv'), en: texts('en') },
    translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
    preloadLangs: true,
  });
}

/** A stand-in for the browser's EventSource: the test says what the server streams. */
export class FakeEventSource {
  static opened: FakeEventSource[] = [];
  closed = false;
  readyState = 1;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  emit(type: string, data: unknown = {}): void {
    const event = new MessageEvent<string>(type, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}
