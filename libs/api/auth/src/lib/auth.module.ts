import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AppSettingEntity } from './app-setting.entity';
import { AuthController } from './auth.controller';
import { AuthQueries } from './auth.queries';
import { AuthService } from './auth.service';
import { EventMemberEntity } from './event-member.entity';
import { LoginFailureEntity } from './login-failure.entity';
import { LoginLimiter } from './login-limiter';
import { MembershipService } from './membership.service';
import { RevokedSessionEntity } from './revoked-session.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      EventMemberEntity,
      AppSettingEntity,
      RevokedSessionEntity,
      LoginFailureEntity,
    ]),
    JwtModule.register({}),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    AuthQueries,
    SessionService,
    AuthService,
    LoginLimiter,
    UsersService,
    MembershipService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [MembershipService, UsersService],
})
export class AuthModule {}
