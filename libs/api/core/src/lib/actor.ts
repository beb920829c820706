import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Language, pickLanguage, SessionUser, UserRole } from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { requestLanguage } from './request-language';

/**
 * Who a service acts for: a logged-in user, a participant behind a personal link, a job, or an
 * anonymous caller. Services take this instead of Express `Request`.
 */
export interface Actor {
  kind: 'user' | 'participant' | 'system' | 'anonymous';
  userId?: string;
  participantId?: string;
  /** What the audit log shows: the user's email; none for links, jobs and anonymous callers. */
  label?: string;
  /** The user's display name, for authorship shown in the app (risk history). */
  displayName?: string;
  role?: UserRole;
  lang: Language;
  ip?: string;
  /**
   * The installation's change number (SharedChanges) read with the user's access, as the request was
   * let in: an answer kept under it is fresh for this request, which then needs no read of its own.
   */
  changesSeen?: number;
}

/** Seed, purge and other jobs: no request behind them. */
export const SYSTEM_ACTOR: Actor = Object.freeze({ kind: 'system', lang: pickLanguage(undefined) });

/** A request as the AccessGuard leaves it. */
export interface AdmittedRequest extends Request {
  user?: SessionUser;
  changesSeen?: number;
}

/** The actor behind a request; no request at all is the system. */
export function actorOf(req: Request | undefined): Actor {
  if (!req) return SYSTEM_ACTOR;
  const lang = requestLanguage(req);
  const ip = req.ip;
  const { user, changesSeen } = req as AdmittedRequest;
  if (user) {
    return {
      kind: 'user',
      userId: user.id,
      label: user.email,
      displayName: user.displayName,
      role: user.role,
      lang,
      ip,
      changesSeen,
    };
  }
  return { kind: 'anonymous', lang, ip };
}

/** The same caller, now known as the participant whose personal link they opened. */
export function participantActor(caller: Actor, participantId: string): Actor {
  return { kind: 'participant', participantId, lang: caller.lang, ip: caller.ip };
}

/** `@CurrentActor() actor: Actor`: the user the AccessGuard let through, else an anonymous caller. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<Request>()),
);

/** The user behind an actor; only for routes that are not @Public(), where the AccessGuard let a user through. */
export function userIdOf(actor: Actor): string {
  if (actor.kind !== 'user' || !actor.userId)
    throw new Error('userIdOf() called without an authenticated user');
  return actor.userId;
}
