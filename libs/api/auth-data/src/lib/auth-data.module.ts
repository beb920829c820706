import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { AppSettingEntity } from './app-setting.entity';
import { AuthQueries } from './auth.queries';
import { EventMemberEntity } from './event-member.entity';
import { LoginFailureEntity } from './login-failure.entity';
import { MembershipService } from './membership.service';
import { RevokedSessionEntity } from './revoked-session.entity';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

/** Users, event membership and the session tables; the auth feature's sessions and guard build on it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      EventMemberEntity,
      AppSettingEntity,
      RevokedSessionEntity,
      LoginFailureEntity,
    ]),
    AuditDataModule,
  ],
  providers: [AuthQueries, MembershipService, UsersService],
  exports: [TypeOrmModule, AuthQueries, MembershipService, UsersService],
})
export class AuthDataModule {}
