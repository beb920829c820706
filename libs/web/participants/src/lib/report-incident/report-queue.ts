import { inject, Injectable } from '@angular/core';
import type { ParticipantIncidentDto, ParticipantReport } from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';
import { isOffline, isRetryable, linkKey, LinkStore } from '../offline/link-store';

/** Where the phone keeps reports until the server has them, and whether it has sent any. */
export const REPORT_STORE_KEY = 'tryggplan.incidentReports';

interface LinkReports {
  /** Reports made here and not yet taken by the server, oldest first. */
  pending: ParticipantReport[];
  /** At least one report from this phone reached the server. */
  reported?: boolean;
}

export { isRetryable, linkKey };

/** A report's id, made on the phone before it is sent: 32 letters and digits, as the API asks. */
export function newClientId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID().replace(/-/g, '');
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface FlushResult {
  /** What the server took (201 the first time, 200 for a report it already had). */
  sent: { clientId: string; incident: ParticipantIncidentDto }[];
  /** Reports the server refused (400, 404 …): no longer kept, shown to the person with the reason. */
  refused: { report: ParticipantReport; error: unknown }[];
  /** Still waiting for a network. */
  waiting: ParticipantReport[];
}

/**
 * "Rapportera en händelse" that survives a dead network: a report is stored on the phone with its
 * `clientId` before it is sent, and removed only when the server answers 200/201. Sent again when
 * the phone is back online or the page opens next time; the clientId makes a resend arrive once.
 */
@Injectable({ providedIn: 'root' })
export class ReportQueue {
  private readonly api = inject(ApiClient);
  private readonly store = new LinkStore<LinkReports>(REPORT_STORE_KEY, () => ({ pending: [] }));
  private readonly flushing = new Map<string, Promise<FlushResult>>();

  pending(token: string): ParticipantReport[] {
    return [...this.store.get(token).pending];
  }

  hasReported(token: string): boolean {
    return !!this.store.get(token).reported;
  }

  enqueue(token: string, report: ParticipantReport): void {
    this.change(token, (reports) => ({ ...reports, pending: [...reports.pending, report] }));
  }

  /** Sends what waits for this link, oldest first; a call while one is under way shares its result. */
  flush(token: string): Promise<FlushResult> {
    const key = linkKey(token);
    const running = this.flushing.get(key);
    if (running) return running;
    const run = this.send(token).finally(() => this.flushing.delete(key));
    this.flushing.set(key, run);
    return run;
  }

  /** The person's own reports as the server has them, newest first. */
  mine(token: string): Promise<ParticipantIncidentDto[]> {
    return this.api.get<ParticipantIncidentDto[]>(apiPath('p', token, 'incidents'));
  }

  private async send(token: string): Promise<FlushResult> {
    const result: FlushResult = { sent: [], refused: [], waiting: [] };
    const queue = this.pending(token);
    if (queue.length === 0) return result;
    if (isOffline()) return { ...result, waiting: queue };
    for (const [index, report] of queue.entries()) {
      try {
        const incident = await this.api.post<ParticipantIncidentDto>(
          apiPath('p', token, 'incidents'),
          report,
        );
        this.remove(token, report.clientId, true);
        result.sent.push({ clientId: report.clientId, incident });
      } catch (error) {
        if (isRetryable(error)) return { ...result, waiting: queue.slice(index) };
        this.remove(token, report.clientId, false);
        result.refused.push({ report, error });
      }
    }
    return result;
  }

  private remove(token: string, clientId: string, reported: boolean): void {
    this.change(token, (reports) => ({
      pending: reports.pending.filter((report) => report.clientId !== clientId),
      ...(reports.reported || reported ? { reported: true } : {}),
    }));
  }

  private change(token: string, update: (reports: LinkReports) => LinkReports): void {
    this.store.change(token, update);
  }
}
