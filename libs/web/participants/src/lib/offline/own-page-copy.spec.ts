import { linkKey } from './link-store';
import { OWN_PAGE_COPY_KEY, OwnPageCopy } from './own-page-copy';

const TOKEN = 'a-token-of-enough-length-for-the-test';
const OTHER = 'another-token-of-enough-length-too';
const NOW = new Date('2027-06-29T10:00:00Z');

/** A response as far as the page looks at it. */
interface Answer {
  ok: boolean;
}

/** The browser's Cache Storage as far as the page uses it: named caches of requests by URL. */
class FakeCaches {
  readonly named = new Map<string, Map<string, Answer>>();

  put(name: string, url: string): void {
    if (!this.named.has(name)) this.named.set(name, new Map());
    this.named.get(name)?.set(new URL(url, location.href).href, { ok: true });
  }

  urls(): string[] {
    return [...this.named.values()].flatMap((cache) =>
      [...cache.keys()].map((url) => new URL(url).pathname + new URL(url).search),
    );
  }

  async keys(): Promise<string[]> {
    return [...this.named.keys()];
  }

  async match(url: string): Promise<Answer | undefined> {
    const href = new URL(url, location.href).href;
    for (const cache of this.named.values()) if (cache.has(href)) return cache.get(href);
    return undefined;
  }

  async open(name: string) {
    const cache = this.named.get(name) ?? new Map<string, Answer>();
    this.named.set(name, cache);
    return {
      keys: async () => [...cache.keys()].map((url) => ({ url })),
      delete: async (request: { url: string }) => cache.delete(request.url),
    };
  }
}

describe('the personal page kept for offline use', () => {
  let caches: FakeCaches;
  let fetched: string[];
  let answer: (url: string) => Answer;

  const setController = (controller: object | null) =>
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { controller } });

  beforeEach(() => {
    localStorage.clear();
    caches = new FakeCaches();
    fetched = [];
    // what the service worker does with what passes through it: keeps the answers of /api/p/**
    answer = () => ({ ok: true });
    Object.defineProperty(globalThis, 'caches', { configurable: true, value: caches });
    Object.defineProperty(globalThis, 'fetch', {
      configurable: true,
      value: jest.fn(async (url: string) => {
        fetched.push(url);
        const response = answer(url);
        if (response.ok && url.startsWith('/api/p/')) caches.put('ngsw:/:1:data:own-page:cache', url);
        return response;
      }),
    });
    setController({});
  });

  afterEach(() => {
    delete (globalThis as { caches?: unknown }).caches;
    delete (navigator as { serviceWorker?: unknown }).serviceWorker;
  });

  it('keeps the pocket folder in the page’s language and the app files, and notes when and until when', async () => {
    caches.put('ngsw:/:1:data:own-page:cache', `/api/p/${TOKEN}`);
    const copy = new OwnPageCopy();
    const saved = await copy.keep(TOKEN, 'en', '2027-07-20T20:00:00.000Z', NOW);

    expect(saved).toEqual(NOW);
    expect(fetched).toContain(`/api/p/${TOKEN}/briefing.pdf?format=a6&lang=en`);
    expect(fetched).toContain('/index.html');
    expect(copy.savedAt(TOKEN)).toEqual(NOW);
    // the phone's storage keeps a hash of the link, never the link itself
    const stored = localStorage.getItem(OWN_PAGE_COPY_KEY) ?? '';
    expect(stored).not.toContain(TOKEN);
    expect(JSON.parse(stored)[linkKey(TOKEN)].keepUntil).toBe('2027-07-20T20:00:00.000Z');
  });

  it('keeps a copy at most 30 days when the event’s retention ends later', async () => {
    caches.put('data', `/api/p/${TOKEN}`);
    await new OwnPageCopy().keep(TOKEN, 'sv', '2028-01-01T00:00:00.000Z', NOW);
    expect(JSON.parse(localStorage.getItem(OWN_PAGE_COPY_KEY) ?? '{}')[linkKey(TOKEN)].keepUntil).toBe(
      '2027-07-29T10:00:00.000Z',
    );
  });

  it('keeps nothing while no service worker controls the page, or when the folder cannot be fetched', async () => {
    caches.put('data', `/api/p/${TOKEN}`);
    setController(null);
    expect(await new OwnPageCopy().keep(TOKEN, 'sv', '', NOW)).toBeNull();
    expect(fetched).toEqual([]);

    setController({});
    answer = () => ({ ok: false });
    expect(await new OwnPageCopy().keep(TOKEN, 'sv', '', NOW)).toBeNull();
    expect(new OwnPageCopy().savedAt(TOKEN)).toBeNull();
  });

  it('forgets a link no longer valid: its note and everything cached for it, and nothing of other links', async () => {
    caches.put('data', `/api/p/${TOKEN}`);
    caches.put('data', `/api/p/${OTHER}`);
    const copy = new OwnPageCopy();
    await copy.keep(TOKEN, 'sv', '', NOW);
    caches.put('data', `/api/p/${TOKEN}/check-ins`);
    caches.put('app', '/index.html');

    await copy.forget(TOKEN);

    expect(copy.savedAt(TOKEN)).toBeNull();
    expect(caches.urls().sort()).toEqual([`/api/p/${OTHER}`, '/index.html']);
  });

  it('drops the copies whose time is up when a page opens, for every link on the phone', async () => {
    caches.put('data', `/api/p/${TOKEN}`);
    caches.put('data', `/api/p/${OTHER}`);
    const copy = new OwnPageCopy();
    await copy.keep(TOKEN, 'sv', '2027-07-01T00:00:00.000Z', NOW);
    await copy.keep(OTHER, 'sv', '2027-07-10T00:00:00.000Z', NOW);

    await copy.dropExpired(new Date('2027-07-05T00:00:00Z'));

    expect(copy.savedAt(TOKEN)).toBeNull();
    expect(copy.savedAt(OTHER)).toEqual(NOW);
    expect(caches.urls().filter((url) => url.startsWith(`/api/p/${TOKEN}`))).toEqual([]);
    expect(caches.urls()).toContain(`/api/p/${OTHER}/briefing.pdf?format=a6&lang=sv`);
  });
});
