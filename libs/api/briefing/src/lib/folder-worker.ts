import { buildBriefingFolder, FolderData } from '@tryggplan/shared/briefing';
import { parentPort } from 'node:worker_threads';
import { renderPdf } from './pdf-make';

/** A worker thread that renders folders: fonts loaded once per thread, one document per message. */
parentPort?.on('message', async ({ id, data }: { id: number; data: FolderData }) => {
  try {
    const pdf = await renderPdf(buildBriefingFolder(data));
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
