import type { LeafletModule } from './map-context';

let leafletLoading: Promise<LeafletModule> | null = null;
let geomanLoading: Promise<void> | null = null;

/** Leaflet loads on demand (a dynamic import), so it stays out of the first page's bundle. */
export function loadLeaflet(): Promise<LeafletModule> {
  leafletLoading ??= import('leaflet').then(
    (module) => (module as unknown as { default?: LeafletModule }).default ?? module,
  );
  // a failed load may succeed on the next map (e.g. after the network came back)
  leafletLoading.catch(() => (leafletLoading = null));
  return leafletLoading;
}

/** Geoman extends the global `L`, so Leaflet is made global once before the plugin and its styles load. */
export function loadGeoman(L: LeafletModule): Promise<void> {
  geomanLoading ??= (async () => {
    (globalThis as unknown as { L: LeafletModule }).L = L;
    await import('@geoman-io/leaflet-geoman-free');
    if (typeof document !== 'undefined' && !document.querySelector('link[data-tp-geoman]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'geoman.css';
      link.dataset['tpGeoman'] = '';
      document.head.appendChild(link);
    }
  })();
  geomanLoading.catch(() => (geomanLoading = null));
  return geomanLoading;
}
