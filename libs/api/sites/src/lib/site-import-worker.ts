import type { WorkerReply } from '@tryggplan/api/core';
import { Language, parseSiteImport, SiteImportResult } from '@tryggplan/shared/domain';
import { parentPort, workerData } from 'node:worker_threads';

export interface SiteImportJob {
  body: unknown;
  lang: Language;
}

/** A worker thread that checks one GeoJSON import as sites, posts the result once, and is ended. */
const { body, lang } = workerData as SiteImportJob;
parentPort?.postMessage({
  ok: true,
  value: parseSiteImport(body, lang),
} satisfies WorkerReply<SiteImportResult>);
