import { SessionUser } from '@tryggplan/shared/domain';
import type { Request } from 'express';
import type { SessionClaims } from './session.service';

export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
  session?: SessionClaims;
}
