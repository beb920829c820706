import { SiteGeometry, SiteKind } from '@tryggplan/shared/domain';
import { MapView, project, toPixel, WorldPoint } from './mercator';
import { markerPath, round, SITE_STYLES } from './site-style';

/** A rectangle on the drawing, in points from the top left. */
export interface PlacementBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What placement needs of a site: its kind (the marker's shape) and where it lies. */
export interface PlaceableSite {
  kind: SiteKind;
  geometry: SiteGeometry;
}

export interface PlacedMarker<T extends PlaceableSite = PlaceableSite> {
  site: T;
  number: number;
  /** The spot on the site the number belongs to. */
  anchor: WorldPoint;
  /** Where the number is drawn; not the anchor when a leader line joins them. */
  at: WorldPoint;
  leader: boolean;
}

export const MARKER_RADIUS = 7;
const FONT = 'font-family="NotoSans"';

export const boxesMeet = (a: PlacementBox, b: PlacementBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const distance = (a: WorldPoint, b: WorldPoint) => {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
};

/** Where a site's marker may sit without a leader line: a point itself, spots along a line, a polygon's middle. */
export function siteAnchors(view: MapView, geometry: SiteGeometry): WorldPoint[] {
  if (geometry.type === 'Point') return [toPixel(view, project(...geometry.coordinates))];
  if (geometry.type === 'Polygon') {
    const ring = geometry.coordinates[0].slice(0, -1);
    const points = (ring.length ? ring : geometry.coordinates[0]).map(([lng, lat]) =>
      toPixel(view, project(lng, lat)),
    );
    return [
      {
        x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
        y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
      },
    ];
  }
  const points = geometry.coordinates.map(([lng, lat]) => toPixel(view, project(lng, lat)));
  const lengths = points.slice(1).map((p, i) => distance(points[i], p));
  const total = lengths.reduce((sum, l) => sum + l, 0);
  return [0.5, 0.35, 0.65, 0.2, 0.8].map((fraction) => {
    let left = fraction * total;
    for (let i = 0; i < lengths.length; i++) {
      if (left <= lengths[i] || i === lengths.length - 1) {
        const t = lengths[i] ? Math.min(1, left / lengths[i]) : 0;
        return {
          x: points[i].x + (points[i + 1].x - points[i].x) * t,
          y: points[i].y + (points[i + 1].y - points[i].y) * t,
        };
      }
      left -= lengths[i];
    }
    return points[0];
  });
}

function segmentNearPoint(a: WorldPoint, b: WorldPoint, p: WorldPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0;
  return distance(p, { x: a.x + t * dx, y: a.y + t * dy });
}

/**
 * Points bucketed in square cells of a grid over the drawing, so "who is near here" looks at a few
 * cells instead of every site: what keeps placing 2,000 numbers fast. A point beyond the drawing goes
 * in the nearest edge cell, and a search clamps its cells the same way, so it still finds it.
 */
class PointIndex<T> {
  private readonly cells: ({ order: number; point: WorldPoint; item: T }[] | undefined)[];
  private readonly columns: number;
  private readonly rows: number;
  private added = 0;

  constructor(
    private readonly size: number,
    width: number,
    height: number,
  ) {
    this.columns = Math.max(1, Math.ceil(width / size));
    this.rows = Math.max(1, Math.ceil(height / size));
    this.cells = new Array(this.columns * this.rows).fill(undefined);
  }

  private column(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor(x / this.size)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.size)));
  }

  add(point: WorldPoint, item: T): void {
    const index = this.row(point.y) * this.columns + this.column(point.x);
    const entry = { order: this.added++, point, item };
    const cell = this.cells[index];
    if (cell) cell.push(entry);
    else this.cells[index] = [entry];
  }

  /** Calls `visit` for every entry closer than `radius` to `centre`, cell by cell, until it returns true. */
  private scan(
    centre: WorldPoint,
    radius: number,
    visit: (entry: { order: number; point: WorldPoint; item: T }) => boolean | void,
  ): void {
    const limit = radius * radius;
    const x0 = this.column(centre.x - radius);
    const x1 = this.column(centre.x + radius);
    for (let cy = this.row(centre.y - radius); cy <= this.row(centre.y + radius); cy++) {
      for (let index = cy * this.columns + x0; index <= cy * this.columns + x1; index++) {
        const cell = this.cells[index];
        if (!cell) continue;
        for (const entry of cell) {
          const dx = entry.point.x - centre.x;
          const dy = entry.point.y - centre.y;
          if (dx * dx + dy * dy < limit && visit(entry)) return;
        }
      }
    }
  }

  /** How many points lie closer than `radius` to `centre`, counting no further than `upTo`. */
  count(centre: WorldPoint, radius: number, upTo = Infinity): number {
    let found = 0;
    this.scan(centre, radius, () => ++found >= upTo);
    return found;
  }

  /** Calls `visit` for every point closer than `radius` to `centre`, in no particular order. */
  each(centre: WorldPoint, radius: number, visit: (item: T, point: WorldPoint) => void): void {
    this.scan(centre, radius, (entry) => {
      visit(entry.item, entry.point);
    });
  }

  /** The points closer than `radius` to `centre`, in the order they were added. */
  near(centre: WorldPoint, radius: number): { point: WorldPoint; item: T }[] {
    const found: { order: number; point: WorldPoint; item: T }[] = [];
    this.scan(centre, radius, (entry) => {
      found.push(entry);
    });
    return found.sort((a, b) => a.order - b.order);
  }
}

const RINGS = [17, 24, 32, 42, 54, 68];
interface Direction {
  dx: number;
  dy: number;
}

/** The directions around a site, as unit steps on the drawing (y grows downwards). */
const directions = (count: number): Direction[] =>
  Array.from({ length: count }, (_, i) => ({
    dx: Math.cos((2 * i * Math.PI) / count),
    dy: -Math.sin((2 * i * Math.PI) / count),
  }));
const ANGLES = directions(16);
const CROWD = 48;
const FAR_RINGS = [84, 102, 124, 150, 180, 216];
const FAR_ANGLES = directions(32);

interface Candidate {
  at: WorldPoint;
  anchor: WorldPoint;
  cost: number;
}

/**
 * Puts every number where no other covers it: on the site when there is room, else beside it with a
 * leader line to the spot, away from its neighbours, clear of the map's furniture (`obstacles`: scale
 * bar, north arrow, overview). Points go first, then lines and areas, whose numbers may slide along them.
 * Numbered in the order given, 1 first.
 */
export function placeMarkers<T extends PlaceableSite>(
  sites: readonly T[],
  view: MapView,
  obstacles: readonly PlacementBox[],
  r = MARKER_RADIUS,
): PlacedMarker<T>[] {
  const entries = sites.map((site, index) => ({
    site,
    number: index + 1,
    anchors: siteAnchors(view, site.geometry),
  }));
  const points = entries.filter((e) => e.site.geometry.type === 'Point');
  const pointIndex = new PointIndex<(typeof entries)[number]>(16, view.width, view.height);
  for (const point of points) pointIndex.add(point.anchors[0], point);
  const placedIndex = new PointIndex<PlacedMarker<T>>(16, view.width, view.height);
  const order = [...points, ...entries.filter((e) => e.site.geometry.type !== 'Point')];
  const placed: PlacedMarker<T>[] = [];
  for (const entry of order) {
    const home = entry.anchors[0];
    const crowd = pointIndex
      .near(home, CROWD)
      .filter((p) => p.item !== entry)
      .map((p) => p.point);
    const away = crowd.length
      ? {
          x: home.x - crowd.reduce((s, p) => s + p.x, 0) / crowd.length,
          y: home.y - crowd.reduce((s, p) => s + p.y, 0) / crowd.length,
        }
      : { x: 1, y: -1 };
    const awayLength = Math.hypot(away.x, away.y) || 1;
    const ring = (radius: number, angles: readonly Direction[], into: Candidate[] = []) => {
      for (const { dx, dy } of angles)
        into.push({
          at: { x: home.x + dx * radius, y: home.y + dy * radius },
          anchor: home,
          cost: radius + 6 * (1 - (dx * away.x + dy * away.y) / awayLength),
        });
      return into;
    };
    const candidates: Candidate[] = entry.anchors.map((anchor, i) => ({ at: anchor, anchor, cost: i * 4 }));
    for (const radius of RINGS) ring(radius, ANGLES, candidates);
    /** The spot's cost, or any figure not below `bound` once it is sure to be (it then loses anyway). */
    const costOf = (candidate: Candidate, bound = Infinity): number => {
      const { at, anchor } = candidate;
      let cost = candidate.cost;
      if (at.x < r + 2 || at.y < r + 2 || at.x > view.width - r - 2 || at.y > view.height - r - 2)
        cost += 1e6;
      // counted only as far as could still matter: past `bound` the spot loses whatever the count
      cost += 1e5 * placedIndex.count(at, 2 * r + 1.5, Math.ceil((bound - cost) / 1e5));
      if (cost >= bound) return cost;
      const box = { x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r };
      for (const obstacle of obstacles) if (boxesMeet(box, obstacle)) cost += 1e4;
      if (cost >= bound) return cost;
      const itself = entry.site.geometry.type === 'Point' && distance(at, home) < r + 2.5 ? 1 : 0;
      cost += 1e3 * (pointIndex.count(at, r + 2.5, Math.ceil((bound - cost) / 1e3) + itself) - itself);
      if (cost >= bound) return cost;
      // a crossed leader costs little: checked near home only, where it is cheap to look
      if (at !== anchor && candidate.cost < FAR_RINGS[0]) {
        // what lies within reach of the leader line: around its middle, half its length and a marker out
        const middle = { x: (anchor.x + at.x) / 2, y: (anchor.y + at.y) / 2 };
        placedIndex.each(middle, distance(anchor, at) / 2 + r, (other) => {
          if (segmentNearPoint(anchor, at, other.at) < r) cost += 200;
        });
      }
      return cost;
    };
    // Cheapest first (a stable sort keeps the order of equals): the first spot free of every penalty
    // wins outright, since a penalty (200 or more) outweighs any spot's own cost (at most 80).
    let best: Candidate | undefined;
    for (const candidate of candidates.sort((a, b) => a.cost - b.cost)) {
      const cost = costOf(candidate, best?.cost);
      if (!best || cost < best.cost) best = { ...candidate, cost };
      if (cost === candidate.cost) break;
    }
    // crowded: further out, with more directions, until a free spot turns up (never one number on another)
    for (const radius of FAR_RINGS) {
      if ((best as Candidate).cost < 1e5) break;
      for (const candidate of ring(radius, FAR_ANGLES).sort((a, b) => a.cost - b.cost)) {
        const cost = costOf(candidate, (best as Candidate).cost);
        if (cost < (best as Candidate).cost) best = { ...candidate, cost };
        if (cost === candidate.cost) break;
      }
    }
    const chosen = best as { at: WorldPoint; anchor: WorldPoint };
    const marker = {
      site: entry.site,
      number: entry.number,
      anchor: chosen.anchor,
      at: chosen.at,
      leader: chosen.at !== chosen.anchor,
    };
    placed.push(marker);
    placedIndex.add(marker.at, marker);
  }
  return placed.sort((a, b) => a.number - b.number);
}

/** A marker's outline: its kind's shape for a point, a circle for a line or an area. */
const markerShapeOf = (site: PlaceableSite) =>
  site.geometry.type === 'Point' ? SITE_STYLES[site.kind].shape : 'circle';

/** A number's text, centred on `at`; what `style` leaves out (family, weight, anchor) comes from around it. */
const numberText = (number: number, at: WorldPoint, fontSize: number, attributes = '', style = '') =>
  `<text${attributes} x="${round(at.x)}" y="${round(at.y + fontSize * 0.36)}"${style}>${number}</text>`;

const numberStyle = ({ size, fill }: { size: number; fill: string }) => ` font-size="${size}" fill="${fill}"`;

const NUMBER_FONT = `${FONT} font-weight="bold" text-anchor="middle"`;

/**
 * How a marker is drawn: its outline, the white middle of a cross (no room for a white number on its
 * thin arms, so the number goes in its colour on white) and its number's size and colour.
 */
function markerParts(site: PlaceableSite, number: number, at: WorldPoint, r: number, size: number) {
  const colour = SITE_STYLES[site.kind].colour;
  const shape = markerShapeOf(site);
  const cross = shape === 'cross';
  return {
    colour,
    outline: markerPath(shape, at.x, at.y, cross ? r * 1.25 : r),
    middle: cross ? markerPath('circle', at.x, at.y, round(r * 0.62)) : '',
    number: cross
      ? { fill: colour, size: round(size * (number > 9 ? 0.62 : 0.8)) }
      : { fill: '#ffffff', size },
  };
}

/** A numbered marker in the site's kind's shape and colour, as a picture of its own. */
export function numberedMarkerSvg(
  site: PlaceableSite,
  number: number,
  at: WorldPoint,
  r: number,
  size: number,
  attributes: string,
  outline = 1.5,
): string {
  const parts = markerParts(site, number, at, r, size);
  return (
    `<g ${attributes} ${NUMBER_FONT}>` +
    `<path d="${parts.outline}" fill="${parts.colour}"${outline ? ` stroke="#ffffff" stroke-width="${outline}"` : ''}/>` +
    (parts.middle ? `<path d="${parts.middle}" fill="#ffffff"/>` : '') +
    numberText(number, at, parts.number.size, '', numberStyle(parts.number)) +
    `</g>`
  );
}

/** SVG pieces gathered by what they share (a colour, a text style), in the order the keys first came. */
class GatheredBy {
  private readonly pieces = new Map<string, string[]>();

  add(key: string, piece: string): void {
    const list = this.pieces.get(key);
    if (list) list.push(piece);
    else this.pieces.set(key, [piece]);
  }

  svg(element: (key: string, joined: string) => string): string {
    return [...this.pieces].map(([key, pieces]) => element(key, pieces.join(''))).join('');
  }
}

/**
 * The placed numbers with their leader lines (and a dot on a point whose number moved away), as SVG
 * in layers: the leaders, the dots, the outlines of each colour, the white middles, then the numbers
 * (grouped by their size and colour).
 * A few paths instead of one group per marker keep a map of thousands of sites quick to print.
 */
export function placedMarkersSvg(placed: readonly PlacedMarker[], r = MARKER_RADIUS): string {
  const leaders: string[] = [];
  const dots = new GatheredBy();
  const outlines = new GatheredBy();
  const middles: string[] = [];
  const numbers = new GatheredBy();
  for (const { site, number, at, anchor, leader } of placed) {
    if (leader) {
      leaders.push(`M${round(anchor.x)} ${round(anchor.y)}L${round(at.x)} ${round(at.y)}`);
      if (site.geometry.type === 'Point')
        dots.add(SITE_STYLES[site.kind].colour, markerPath('circle', anchor.x, anchor.y, 2.4));
    }
    const parts = markerParts(site, number, at, r, markerFontSize(number));
    outlines.add(parts.colour, parts.outline);
    if (parts.middle) middles.push(parts.middle);
    numbers.add(
      numberStyle(parts.number),
      numberText(number, at, parts.number.size, ` class="marker" data-number="${number}"`),
    );
  }
  return (
    `<g class="markers">` +
    (leaders.length
      ? `<path class="leader" d="${leaders.join('')}" fill="none" stroke="#222222" stroke-width="1"/>`
      : '') +
    dots.svg(
      (fill, d) => `<path class="leader-dot" d="${d}" fill="${fill}" stroke="#ffffff" stroke-width="0.8"/>`,
    ) +
    outlines.svg(
      (fill, d) => `<path class="outline" d="${d}" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>`,
    ) +
    (middles.length ? `<path class="middle" d="${middles.join('')}" fill="#ffffff"/>` : '') +
    `<g class="numbers" ${NUMBER_FONT}>${numbers.svg((style, texts) => `<g${style}>${texts}</g>`)}</g>` +
    `</g>`
  );
}

/** The number's font size in a marker: smaller as it gets longer, so four digits still fit. */
export function markerFontSize(number: number): number {
  return number > 999 ? 5 : number > 99 ? 6 : 8;
}
