import { buildBriefingFolder, buildRiskPlan } from '@tryggplan/shared/briefing';
import { parentPort } from 'node:worker_threads';
import type { FolderJobMessage, GeneralFolderData, PdfJobMessage } from './folder-pdf-pool';
import { renderPdf } from './pdf-make';

let general: { id: number; data: GeneralFolderData } | undefined;

function renderFolder({ generalId, general: sent, person }: FolderJobMessage): Promise<Buffer> {
  if (sent) general = { id: generalId, data: sent };
  if (general?.id !== generalId) throw new Error('folder worker: general part missing');
  return renderPdf(buildBriefingFolder({ ...general.data, person }));
}

/**
 * A worker thread that renders folders and risk plans: fonts loaded once per thread, one document per
 * message, a folder's general part kept from the message that brought it until another one comes.
 */
parentPort?.on('message', async (job: PdfJobMessage) => {
  const { id } = job;
  try {
    const pdf = await ('riskPlan' in job ? renderPdf(buildRiskPlan(job.riskPlan)) : renderFolder(job));
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message });
  }
});
