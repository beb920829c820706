import { AdmittedRequest } from '@tryggplan/api/core';
import type { SessionClaims } from './session.service';

export interface AuthenticatedRequest extends AdmittedRequest {
  session?: SessionClaims;
}
