import { inject, Injectable } from '@angular/core';
import {
  EventSummaryDto,
  MemberDto,
  OrganizationDto,
  Page,
  UserCreate,
  UserDto,
  UserUpdate,
} from '@tryggplan/shared/domain';
import { ApiClient, apiPath } from '@tryggplan/web/core';

export interface CreatedUser {
  user: UserDto;
  /** Present when the user was created without a password: the link to choose one. */
  invitationUrl?: string;
}

function asList<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/** Users and event memberships over the API (admin only). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly api = inject(ApiClient);

  users(): Promise<Page<UserDto>> {
    return this.api.get<Page<UserDto>>(apiPath('users'), { limit: 500 });
  }

  createUser(body: UserCreate): Promise<CreatedUser> {
    return this.api.post<CreatedUser>(apiPath('users'), body);
  }

  updateUser(userId: string, body: UserUpdate): Promise<UserDto> {
    return this.api.patch<UserDto>(apiPath('users', userId), body);
  }

  organizations(): Promise<Page<OrganizationDto>> {
    return this.api.get<Page<OrganizationDto>>(apiPath('organizations'));
  }

  events(): Promise<Page<EventSummaryDto>> {
    return this.api.get<Page<EventSummaryDto>>(apiPath('events'), { limit: 500 });
  }

  async members(eventId: string): Promise<MemberDto[]> {
    return asList(await this.api.get<MemberDto[] | Page<MemberDto>>(apiPath('events', eventId, 'members')));
  }

  async addMember(eventId: string, userId: string): Promise<MemberDto[]> {
    return asList(
      await this.api.post<MemberDto[] | Page<MemberDto>>(apiPath('events', eventId, 'members'), { userId }),
    );
  }

  removeMember(eventId: string, userId: string): Promise<void> {
    return this.api.delete(apiPath('events', eventId, 'members', userId));
  }
}
