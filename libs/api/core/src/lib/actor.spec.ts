import type { Request } from 'express';
import { actorOf } from './actor';

const request = (fields: Record<string, unknown>) =>
  ({ headers: {}, ip: '127.0.0.1', ...fields }) as unknown as Request;

describe('actorOf', () => {
  it('carries the change number the access check read, so kept answers need no read of their own', () => {
    const user = { id: 'u1', email: 'a@b.se', role: 'coordinator', displayName: 'A' };
    expect(actorOf(request({ user, changesSeen: 42 }))).toMatchObject({ kind: 'user', changesSeen: 42 });
  });

  it('knows no change number for a caller the access check did not let in', () => {
    expect(actorOf(request({})).changesSeen).toBeUndefined();
  });
});
