import { Injectable } from '@angular/core';
import type { Language } from '@tryggplan/shared/domain';
import { apiPath } from '@tryggplan/web/core';
import { ownBriefingUrl } from '../participants-api';
import { linkKey, LinkStore } from './link-store';

/** Where the phone notes when it kept a personal page for offline use (per link, without the link). */
export const OWN_PAGE_COPY_KEY = 'tryggplan.ownPageCopies';

/** The longest the service worker keeps `/api/p/**` (ngsw-config.json, dataGroup "own-page"). */
export const OWN_PAGE_COPY_MAX_DAYS = 30;

interface KeptCopy {
  /** When the page's data and its pocket folder were last kept on this phone. */
  savedAt: string;
  /** When the copy must go: the event's retention end, at most OWN_PAGE_COPY_MAX_DAYS after saving. */
  keepUntil: string;
}

/** The app's own files this page was built from (scripts, styles, translations), as the browser fetched them. */
function appFiles(): string[] {
  const entries = globalThis.performance?.getEntriesByType?.('resource') ?? [];
  const files = new Set<string>(['/index.html']);
  for (const entry of entries) {
    const url = new URL(entry.name, globalThis.location.href);
    if (url.origin !== globalThis.location.origin || url.pathname.startsWith('/api/')) continue;
    if (/\.(js|css|json|svg|woff2?)$/.test(url.pathname)) files.add(url.pathname);
  }
  return [...files];
}

/** Whether a request kept in the browser's caches is for this personal link (its page, folders, lists). */
function isForLink(requestUrl: string, matches: (token: string) => boolean): boolean {
  const path = new URL(requestUrl, globalThis.location.href).pathname;
  const token = /^\/api\/p\/([^/]+)(?:\/|$)/.exec(path)?.[1];
  return token !== undefined && matches(decodeURIComponent(token));
}

/**
 * A personal page kept on the phone for use without a network, right after its first visit: the
 * service worker keeps every answer of `/api/p/**` that passes through it, so once it controls the
 * page this fetches, through it, the pocket folder (A6) in the page's language and the app files the
 * page was built from. Notes the time (shown offline) and the day the copy must go; drops the copy
 * when the link is no longer valid or the event's retention has passed.
 */
@Injectable({ providedIn: 'root' })
export class OwnPageCopy {
  private readonly store = new LinkStore<KeptCopy | null>(OWN_PAGE_COPY_KEY, () => null);

  /** When the copy of this link's page was kept, if one is still kept. */
  savedAt(token: string): Date | null {
    const copy = this.store.get(token);
    return copy ? new Date(copy.savedAt) : null;
  }

  /** Whether the service worker controls the page: only then is what the page fetches kept. */
  controlled(): boolean {
    return !!globalThis.navigator?.serviceWorker?.controller;
  }

  /**
   * Keeps the page (its data was just read through the service worker) with the folder of `lang`;
   * answers the time it was kept, or null when nothing could be kept (no service worker, no network).
   */
  async keep(
    token: string,
    lang: Language,
    personalDataPurgeAt: string,
    now = new Date(),
  ): Promise<Date | null> {
    const storage = globalThis.caches;
    if (!this.controlled() || !storage) return null;
    const folder = ownBriefingUrl(token, 'a6', lang);
    const fetched = await Promise.all(
      [folder, ...appFiles()].map((url) =>
        fetch(url, { credentials: 'same-origin' }).then(
          (response) => response.ok,
          () => false,
        ),
      ),
    );
    if (!fetched[0]) return null;
    // the worker writes its cache as it answers; the copy counts once both are there
    for (let attempt = 0; attempt < 10; attempt++) {
      const [page, pdf] = await Promise.all([storage.match(apiPath('p', token)), storage.match(folder)]);
      if (page && pdf) {
        const latest = now.getTime() + OWN_PAGE_COPY_MAX_DAYS * 86400_000;
        const purge = Date.parse(personalDataPurgeAt);
        const keepUntil = new Date(Number.isNaN(purge) ? latest : Math.min(purge, latest)).toISOString();
        this.store.change(token, () => ({ savedAt: now.toISOString(), keepUntil }));
        return now;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return null;
  }

  /** Drops this link's copy (wrong, expired or revoked link): its note and everything cached for it. */
  async forget(token: string): Promise<void> {
    this.store.remove(token);
    await this.deleteCached((candidate) => candidate === token);
  }

  /**
   * Drops the copies whose time is up (the event's retention, or 30 days), for every link on this
   * phone; answers null at once when none is, else the deletion to wait for before reading a page.
   */
  dropExpired(now = new Date()): Promise<void> | null {
    const expired = new Set(
      this.store.removeWhere((copy) => !copy || Date.parse(copy.keepUntil) <= now.getTime()),
    );
    return expired.size === 0 ? null : this.deleteCached((token) => expired.has(linkKey(token)));
  }

  private async deleteCached(matches: (token: string) => boolean): Promise<void> {
    const storage = globalThis.caches;
    if (!storage) return;
    for (const name of await storage.keys()) {
      const cache = await storage.open(name);
      for (const request of await cache.keys()) {
        if (isForLink(request.url, matches)) await cache.delete(request);
      }
    }
  }
}
