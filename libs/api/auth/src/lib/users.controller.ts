import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AdminOnly, ApiJsonBody, parseOrThrow, Public, ValidBody, ValidQuery } from '@tryggplan/api/core';
import {
  pageQuerySchema,
  PageQuery,
  passwordField,
  UserCreate,
  userCreateSchema,
  UserUpdate,
  userUpdateSchema,
} from '@tryggplan/shared/domain';
import type { Request } from 'express';
import { z } from 'zod';
import { UsersService } from './users.service';

const invitationAcceptSchema = z.strictObject({ password: passwordField });

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @AdminOnly()
  list(@Req() req: Request, @ValidQuery(pageQuerySchema) query: PageQuery) {
    return this.users.list(req, query);
  }

  @Post('users')
  @AdminOnly()
  @ApiJsonBody(userCreateSchema)
  create(@Req() req: Request, @ValidBody(userCreateSchema) body: UserCreate) {
    return this.users.create(req, body);
  }

  @Patch('users/:userId')
  @AdminOnly()
  @ApiJsonBody(userUpdateSchema)
  update(
    @Req() req: Request,
    @Param('userId') userId: string,
    @ValidBody(userUpdateSchema) body: UserUpdate,
  ) {
    return this.users.update(req, userId, body);
  }

  @Post('auth/invitations/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @ApiJsonBody(invitationAcceptSchema)
  async acceptInvitation(@Req() req: Request, @Param('token') token: string, @Body() body: unknown) {
    const { password } = parseOrThrow(invitationAcceptSchema, body, req);
    await this.users.acceptInvitation(req, token, password);
  }
}
