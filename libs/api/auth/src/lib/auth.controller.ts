import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Access,
  ApiHttpException,
  ApiJsonBody,
  Public,
  ValidBody,
  Actor,
  CurrentActor,
  userIdOf,
} from '@tryggplan/api/core';
import {
  LoginRequest,
  loginSchema,
  LoginResponse,
  SessionUser,
  USER_ROLES,
  UserRole,
} from '@tryggplan/shared/domain';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { AuthenticatedRequest } from './authenticated-request';
import { LoginLimiter } from './login-limiter';
import { SessionService } from './session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly limiter: LoginLimiter,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiJsonBody(loginSchema)
  async login(
    @Req() req: Request,
    @CurrentActor() actor: Actor,
    @ValidBody(loginSchema) body: LoginRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const email = body.email.trim().toLowerCase();
    const budgets = this.limiter.budgetsOf(req, email);
    await this.limiter.check(budgets, res);
    try {
      const result = await this.auth.login(actor, body);
      this.sessions.setCookie(res, result.accessToken);
      await this.limiter.succeed(req, res, email);
      return result;
    } catch (error) {
      if (error instanceof ApiHttpException && error.getStatus() === 401) await this.limiter.fail(budgets);
      throw error;
    }
  }

  @Post('logout')
  @Access({ roles: USER_ROLES })
  @HttpCode(204)
  async logout(
    @Req() req: AuthenticatedRequest,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logout(actor, req.session);
    this.sessions.clearCookie(res);
  }

  @Get('me')
  @Access({ roles: USER_ROLES })
  me(@CurrentActor() actor: Actor): SessionUser {
    // the actor is the session user the AccessGuard let through, under the names the audit log uses
    return {
      id: userIdOf(actor),
      email: actor.label as string,
      role: actor.role as UserRole,
      displayName: actor.displayName as string,
    };
  }
}
