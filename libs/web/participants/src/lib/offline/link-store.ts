import { HttpErrorResponse } from '@angular/common/http';

/**
 * The key a personal link's data is kept under on the phone: a hash of the link's secret, so the
 * phone's storage does not keep the link itself (the page has it from its address when it sends).
 */
export function linkKey(token: string): string {
  // two 32-bit FNV-1a passes with different seeds: 64 bits, plenty to tell one person's links apart
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193 + 0x2f);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * What a personal page keeps on the phone until the server has it (queued reports, answers), per
 * link, as JSON under one storage key. Where the browser keeps no storage (private mode) it lasts
 * for as long as the page is open.
 */
export class LinkStore<T> {
  private memory: Record<string, T> = {};

  constructor(
    private readonly storageKey: string,
    private readonly empty: () => T,
  ) {}

  get(token: string): T {
    return this.read()[linkKey(token)] ?? this.empty();
  }

  change(token: string, update: (value: T) => T): void {
    const store = this.read();
    const key = linkKey(token);
    store[key] = update(store[key] ?? this.empty());
    this.write(store);
  }

  /** Forgets what is kept for this link. */
  remove(token: string): void {
    this.removeWhere((_value, key) => key === linkKey(token));
  }

  /** Forgets every link's value that `drop` picks; answers their keys (see `linkKey`). */
  removeWhere(drop: (value: T, key: string) => boolean): string[] {
    const store = this.read();
    const dropped = Object.keys(store).filter((key) => drop(store[key], key));
    for (const key of dropped) delete store[key];
    if (dropped.length > 0) this.write(store);
    return dropped;
  }

  private read(): Record<string, T> {
    try {
      const text = globalThis.localStorage?.getItem(this.storageKey);
      if (text === null || text === undefined) return { ...this.memory };
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, T>) : {};
    } catch {
      return { ...this.memory };
    }
  }

  private write(store: Record<string, T>): void {
    this.memory = store;
    try {
      globalThis.localStorage?.setItem(this.storageKey, JSON.stringify(store));
    } catch {
      // storage full or off: kept in memory for as long as the page is open
    }
  }
}

/** Whether the phone says it is offline; then nothing is tried until the `online` event. */
export const isOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/** The server could not be reached or could not take it now; what waits is sent again later. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return true;
  // 0: no network; 504: the service worker's answer when offline; 408/429/5xx: try again later
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}
