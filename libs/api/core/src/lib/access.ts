import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiBearerAuth } from '@nestjs/swagger';
import { UserRole } from '@tryggplan/shared/domain';

export const PUBLIC_ROUTE = 'tryggplan:public';
export const ACCESS_RULE = 'tryggplan:access';

/**
 * Who may call a route. `event: 'member'` also requires membership of the route's :eventId
 * (admins pass that check where they are listed, to manage events they are not in).
 */
export interface AccessRule {
  roles: readonly UserRole[];
  event?: 'member';
}

/** Reachable without logging in; everything else is denied unless it carries an @Access rule. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export const Access = (rule: AccessRule) =>
  applyDecorators(SetMetadata(ACCESS_RULE, rule), ApiBearerAuth(), ApiCookieAuth());

export const EventCoordinator = () => Access({ roles: ['coordinator'], event: 'member' });
export const AdminOnly = () => Access({ roles: ['admin'] });
