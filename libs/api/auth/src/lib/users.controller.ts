import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { UsersService } from '@tryggplan/api/auth-data';
import { InvitationNotices } from '@tryggplan/api/messages-data';
import {
  AdminOnly,
  ApiJsonBody,
  parseOrThrow,
  Public,
  ValidBody,
  ValidQuery,
  Actor,
  CurrentActor,
} from '@tryggplan/api/core';
import {
  pageQuerySchema,
  PageQuery,
  passwordField,
  UserCreate,
  userCreateSchema,
  UserUpdate,
  userUpdateSchema,
} from '@tryggplan/shared/domain';
import { z } from 'zod';

const invitationAcceptSchema = z.strictObject({ password: passwordField });

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationNotices,
  ) {}

  @Get('users')
  @AdminOnly()
  list(@CurrentActor() actor: Actor, @ValidQuery(pageQuerySchema) query: PageQuery) {
    return this.users.list(actor, query);
  }

  @Post('users')
  @AdminOnly()
  @ApiJsonBody(userCreateSchema)
  async create(@CurrentActor() actor: Actor, @ValidBody(userCreateSchema) body: UserCreate) {
    return this.invitations.mail(actor, await this.users.create(actor, body));
  }

  @Patch('users/:userId')
  @AdminOnly()
  @ApiJsonBody(userUpdateSchema)
  update(
    @CurrentActor() actor: Actor,
    @Param('userId') userId: string,
    @ValidBody(userUpdateSchema) body: UserUpdate,
  ) {
    return this.users.update(actor, userId, body);
  }

  @Post('auth/invitations/:token')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @ApiJsonBody(invitationAcceptSchema)
  async acceptInvitation(@CurrentActor() actor: Actor, @Param('token') token: string, @Body() body: unknown) {
    const { password } = parseOrThrow(invitationAcceptSchema, body, actor);
    await this.users.acceptInvitation(actor, token, password);
  }
}
