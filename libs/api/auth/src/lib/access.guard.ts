import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthQueries } from '@tryggplan/api/auth-data';
import {
  ACCESS_RULE,
  APP_CONFIG,
  AppConfig,
  AccessRule,
  forbidden,
  notFound,
  PUBLIC_ROUTE,
  unauthorized,
} from '@tryggplan/api/core';
import type { Request, Response } from 'express';
import { AuthenticatedRequest } from './authenticated-request';
import { isCrossSiteWrite } from './same-origin';
import { SESSION_COOKIE, SessionService } from './session.service';

function tokenOf(req: Request): { token?: string; fromCookie: boolean } {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer '))
    return { token: header.slice('Bearer '.length).trim(), fromCookie: false };
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return { token: cookies?.[SESSION_COOKIE], fromCookie: true };
}

/**
 * Deny by default: a route is open only if marked @Public(), otherwise it needs a logged-in,
 * enabled user whose role its @Access rule lists and, for event routes, membership of the event.
 * Callers who may not know an event exists get 404, not 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly queries: AuthQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { token, fromCookie } = tokenOf(req);
    const claims = token ? await this.sessions.verify(token) : null;
    if (!claims) throw unauthorized();
    const param = req.params?.['eventId'];
    const eventId = typeof param === 'string' ? param : undefined;
    const user = await this.queries.requestAccess(claims.sub, claims.jti, eventId);
    if (
      !user ||
      user.revoked ||
      user.disabled ||
      user.sessionEpoch !== claims.epoch ||
      user.role !== claims.role
    ) {
      throw unauthorized();
    }
    if (fromCookie && isCrossSiteWrite(req, this.config.publicUrl)) throw forbidden();
    req.user = { id: user.id, email: user.email, role: user.role, displayName: user.displayName };
    req.session = claims;
    req.changesSeen = user.changesSeen;
    if (this.sessions.needsRenewal(claims) && !req.headers.authorization) {
      this.sessions.setCookie(
        context.switchToHttp().getResponse<Response>(),
        await this.sessions.issue(user),
      );
    }

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    if (!rule || !rule.roles.includes(user.role)) throw eventId ? notFound() : forbidden();
    if (rule.event === 'member' && user.role !== 'admin' && !(eventId && user.member)) throw notFound();
    return true;
  }
}
