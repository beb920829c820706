import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthDataModule } from '@tryggplan/api/auth-data';
import { MessagesDataModule } from '@tryggplan/api/messages-data';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginLimiter } from './login-limiter';
import { SessionService } from './session.service';
import { UsersController } from './users.controller';

@Module({
  imports: [AuthDataModule, MessagesDataModule, JwtModule.register({})],
  controllers: [AuthController, UsersController],
  providers: [SessionService, AuthService, LoginLimiter, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
