import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tryggplan/api/core';
import { FolderTiles } from '@tryggplan/shared/briefing';
import { MapView, TileRef, tilesCovering, tileZoom } from '@tryggplan/shared/geo';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const TILE_TIMEOUT_MS = 2000;
/** After a failure the tile server is left alone for a while, so every print falls back at once. */
const RETRY_AFTER_MS = 60_000;
const MAX_TILES = 36;

/** PNG and JPEG are what the PDF can embed; anything else (an error page) is refused. */
function imageType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  return undefined;
}

/**
 * Raster tiles under the print map, fetched by the server from TILE_URL with a short timeout and kept
 * in an on-disk cache beside the database. Any failure means a schematic map, never a failed PDF.
 */
@Injectable()
export class MapTiles {
  private readonly logger = new Logger(MapTiles.name);
  private readonly cacheDir: string;
  private unreachableUntil = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const template = createHash('sha256').update(config.tileUrl).digest('hex').slice(0, 12);
    this.cacheDir = join(dirname(config.databasePath), 'tile-cache', template);
  }

  async tilesFor(view: MapView): Promise<FolderTiles | undefined> {
    if (Date.now() < this.unreachableUntil) return undefined;
    const refs = tilesCovering(view, tileZoom(view, this.config.tileMaxZoom));
    if (refs.length === 0 || refs.length > MAX_TILES) return undefined;
    try {
      const images = await Promise.all(
        refs.map(async (ref) => {
          const bytes = await this.tile(ref);
          return { ...ref, href: `data:${imageType(bytes)};base64,${bytes.toString('base64')}` };
        }),
      );
      return { images, attribution: this.config.tileAttribution };
    } catch (error) {
      this.unreachableUntil = Date.now() + RETRY_AFTER_MS;
      this.logger.warn(`Map tiles unavailable, printing schematic maps: ${(error as Error).message}`);
      return undefined;
    }
  }

  private async tile(ref: TileRef): Promise<Buffer> {
    const file = join(this.cacheDir, String(ref.z), String(ref.x), String(ref.y));
    const cached = await readFile(file).catch(() => undefined);
    if (cached && imageType(cached)) return cached;
    const url = this.config.tileUrl
      .replace('{z}', String(ref.z))
      .replace('{x}', String(ref.x))
      .replace('{y}', String(ref.y))
      .replace('{s}', 'a')
      .replace('{r}', '');
    const response = await fetch(url, {
      signal: AbortSignal.timeout(TILE_TIMEOUT_MS),
      headers: { 'User-Agent': 'Tryggplan print map' },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (!response.ok || !imageType(bytes))
      throw new Error(`tile ${url}: ${response.status}, not a PNG or JPEG`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return bytes;
  }
}
