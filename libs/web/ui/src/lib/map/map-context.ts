import type { Signal } from '@angular/core';
import type * as Leaflet from 'leaflet';

export type LeafletModule = typeof Leaflet;

/** Leaflet and the one map it drew, handed to the layers once both exist. */
export interface LoadedMap {
  readonly L: LeafletModule;
  readonly map: Leaflet.Map;
}

/** What a layer may tell the map it sits on; every hook is optional. */
export interface MapLayer {
  /** Geoman (drawing and reshaping) must be loaded; asked once, just before the map is created. */
  needsGeoman?(): boolean;
  /** While true a click on the map belongs to this layer (e.g. while drawing) and the host's `mapClick` stays silent. */
  capturesClicks?(): boolean;
  /** What this layer wants in view when the map fits its content, or null. */
  bounds?(): Leaflet.LatLngBounds | null;
}

/**
 * The map as its layers see it: `<tp-map-host>` provides it to every layer inside it, so a new layer
 * is one more child component with its own inputs, not more inputs on the host.
 */
export abstract class MapContext {
  /** The map once Leaflet has loaded and the map exists, null before (and if loading failed). */
  abstract readonly loaded: Signal<LoadedMap | null>;
  /** Adds a layer's hooks until the returned function is called (on the layer's destroy). */
  abstract register(layer: MapLayer): () => void;
  /** Zooms to show what every layer wants in view, or the map's centre when there is nothing. */
  abstract fit(): void;
  /** Fits once, the first time a layer has content; later changes keep the user's view. */
  abstract fitFirstContent(): void;
}

export const COORDINATE_DECIMALS = 6;

export function roundCoordinate(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** GeoJSON position ([lng, lat]) to Leaflet's order. */
export function toLatLng([lng, lat]: readonly number[]): [number, number] {
  return [lat, lng];
}
