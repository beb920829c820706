import { z } from 'zod';
import { USER_ROLES, UserRole } from './enums';
import { lineText } from './validation';

export const PASSWORD_MIN_LENGTH = 12;
export const passwordField = z.string().min(PASSWORD_MIN_LENGTH).max(200);
export const emailField = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());

export const loginSchema = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.output<typeof loginSchema>;

/** Partners reach events through their organisation's shares, so only they belong to one. */
const organizationMatchesRole = (
  value: { role?: UserRole; organizationId?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (value.role === undefined) return;
  if ((value.role === 'partner') !== Boolean(value.organizationId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['organizationId'],
      params: { code: 'partner_needs_organization' },
    });
  }
};

export const userCreateSchema = z
  .strictObject({
    email: emailField,
    displayName: lineText(1, 200),
    role: z.enum(USER_ROLES),
    organizationId: z.string().min(1).max(64).optional(),
    password: passwordField.optional(),
  })
  .superRefine(organizationMatchesRole);
export type UserCreate = z.output<typeof userCreateSchema>;

export const userUpdateSchema = z.strictObject({
  email: emailField.optional(),
  displayName: lineText(1, 200).optional(),
  role: z.enum(USER_ROLES).optional(),
  organizationId: z.string().max(64).nullable().optional(),
  password: passwordField.optional(),
  disabled: z.boolean().optional(),
  version: z.int().min(1),
});
export type UserUpdate = z.output<typeof userUpdateSchema>;

export const memberAddSchema = z.strictObject({ userId: z.string().min(1).max(64) });

export interface SessionUser {
  id: string;
  email: string;
  role: UserRole;
  displayName: string;
}

export interface LoginResponse {
  accessToken: string;
  user: SessionUser;
}

export interface UserDto extends SessionUser {
  organizationId: string | null;
  disabled: boolean;
  version: number;
  createdAt: string;
}

export interface MemberDto {
  userId: string;
  email: string;
  displayName: string;
  role: UserRole;
  addedAt: string;
}
