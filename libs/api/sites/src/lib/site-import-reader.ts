import { budgetRefusal, invalidInput, readUploadOffThread, uploadTooLarge } from '@tryggplan/api/core';
import { Language, parseSiteImport, SiteCreate, SiteImportResult } from '@tryggplan/shared/domain';
import { join } from 'node:path';
import type { SiteImportJob } from './site-import-worker';

/** All vertices of one import: checking rings for self-intersection costs more than linear time. */
export const MAX_IMPORTED_VERTICES = 50_000;

const SITE_IMPORT_WORKER = join(__dirname, 'site-import-worker.js');

/** Positions in a GeoJSON coordinates value, counted only until `limit` is passed. */
function countPositions(value: unknown, limit: number, counted = 0): number {
  if (!Array.isArray(value) || counted > limit) return counted;
  if (typeof value[0] === 'number') return counted + 1;
  let total = counted;
  for (const item of value) {
    total = countPositions(item, limit, total);
    if (total > limit) break;
  }
  return total;
}

function importedVertices(body: unknown, limit: number): number {
  const features = (body as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return 0;
  let total = 0;
  for (const feature of features) {
    total = countPositions(
      (feature as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates,
      limit,
      total,
    );
    if (total > limit) break;
  }
  return total;
}

/**
 * A GeoJSON import checked as sites: refused at once past MAX_IMPORTED_VERTICES, otherwise validated
 * on a worker thread, so that a big file's geometry checks never hold up the event loop.
 */
export async function readSiteImport(body: unknown, lang: Language): Promise<SiteCreate[]> {
  if (importedVertices(body, MAX_IMPORTED_VERTICES) > MAX_IMPORTED_VERTICES) {
    throw uploadTooLarge('site_import_too_many_vertices', 'features', lang);
  }
  const job: SiteImportJob = { body, lang };
  let parsed: SiteImportResult;
  try {
    parsed = await readUploadOffThread(SITE_IMPORT_WORKER, job, async () => parseSiteImport(body, lang));
  } catch (error) {
    throw budgetRefusal(error, lang) ?? error;
  }
  if (!parsed.ok) throw invalidInput(parsed.details);
  return parsed.sites;
}
