import { inject, Injectable } from '@angular/core';
import type { CheckInAnswer, ParticipantCheckInDto } from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';
import { isOffline, isRetryable, LinkStore } from '../offline/link-store';

/** Where the phone keeps answers to check-ins until the server has them. */
export const CHECK_IN_STORE_KEY = 'tryggplan.checkInAnswers';

/** Per link: the answer waiting for each check-in (a newer answer replaces one not yet sent). */
type WaitingAnswers = Record<string, CheckInAnswer>;

export interface CheckInFlush {
  sent: ParticipantCheckInDto[];
  refused: { checkInId: string; error: unknown }[];
  waiting: string[];
}

/**
 * "Jag är OK" that survives a dead network: the answer is kept on the phone before it is sent and
 * removed once the server answers; sent again when the phone is back online or the page opens. The
 * API takes an answer once per person and check-in, so a resend changes nothing.
 */
@Injectable({ providedIn: 'root' })
export class CheckInOutbox {
  private readonly api = inject(ApiClient);
  private readonly store = new LinkStore<WaitingAnswers>(CHECK_IN_STORE_KEY, () => ({}));
  private readonly flushing = new Map<string, Promise<CheckInFlush>>();

  waiting(token: string): WaitingAnswers {
    return { ...this.store.get(token) };
  }

  put(token: string, checkInId: string, answer: CheckInAnswer): void {
    this.store.change(token, (answers) => ({ ...answers, [checkInId]: answer }));
  }

  /** The check-ins sent to this person, newest first. */
  mine(token: string): Promise<ParticipantCheckInDto[]> {
    return this.api.get<ParticipantCheckInDto[]>(apiPath('p', token, 'check-ins'));
  }

  /** Sends what waits; a call while one is under way shares its result. */
  flush(token: string): Promise<CheckInFlush> {
    const running = this.flushing.get(token);
    if (running) return running;
    const run = this.send(token).finally(() => this.flushing.delete(token));
    this.flushing.set(token, run);
    return run;
  }

  private async send(token: string): Promise<CheckInFlush> {
    const result: CheckInFlush = { sent: [], refused: [], waiting: [] };
    const entries = Object.entries(this.waiting(token));
    if (isOffline()) return { ...result, waiting: entries.map(([id]) => id) };
    for (const [index, [checkInId, answer]] of entries.entries()) {
      try {
        const checkIn = await this.api.post<ParticipantCheckInDto>(
          apiPath('p', token, 'check-ins', checkInId),
          answer,
        );
        this.drop(token, checkInId, answer);
        result.sent.push(checkIn);
      } catch (error) {
        if (isRetryable(error)) return { ...result, waiting: entries.slice(index).map(([id]) => id) };
        this.drop(token, checkInId, answer);
        result.refused.push({ checkInId, error });
      }
    }
    return result;
  }

  /** Forgets the answer that was sent, unless a newer one for the same check-in took its place meanwhile. */
  private drop(token: string, checkInId: string, sent: CheckInAnswer): void {
    this.store.change(token, (answers) => {
      if (JSON.stringify(answers[checkInId]) !== JSON.stringify(sent)) return answers;
      const rest = { ...answers };
      delete rest[checkInId];
      return rest;
    });
  }
}
