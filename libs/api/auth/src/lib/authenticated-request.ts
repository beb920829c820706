import { SessionUser } from '@tryggplan/shared/domain';
import type { Request } from 'express';
import type { SessionClaims } from './session.service';

export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
  session?: SessionClaims;
}

/** The user the AccessGuard let through; only called on routes that are not @Public(). */
export function currentUser(req: Request): SessionUser {
  const user = (req as AuthenticatedRequest).user;
  if (!user) throw new Error('currentUser() called on a route without an authenticated user');
  return user;
}
