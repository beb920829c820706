import { buildBriefingFolder } from '@tryggplan/shared/briefing';
import { parentPort } from 'node:worker_threads';
import type { FolderJobMessage, GeneralFolderData } from './folder-pdf-pool';
import { renderPdf } from './pdf-make';

let general: { id: number; data: GeneralFolderData } | undefined;

/**
 * A worker thread that renders folders: fonts loaded once per thread, one document per message, the
 * general part kept from the message that brought it until another one comes.
 */
parentPort?.on('message', async ({ id, generalId, general: sent, person }: FolderJobMessage) => {
  try {
    if (sent) general = { id: generalId, data: sent };
    if (general?.id !== generalId) throw new Error('folder worker: general part missing');
    const pdf = await renderPdf(buildBriefingFolder({ ...general.data, person }));
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
