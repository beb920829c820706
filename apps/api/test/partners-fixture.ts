import { bearer, PASSWORD, TestApp } from './harness';

let counter = 0;

/** An organisation made by the given coordinator or admin. */
export async function createOrganization(t: TestApp, token: string, name: string, kind = 'police') {
  const res = await t.http.post('/api/organizations').set(bearer(token)).send({ name, kind });
  if (res.status !== 201) throw new Error(`organization: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A partner user of the organisation, invited by an admin and logged in through the invitation link. */
export async function createPartner(t: TestApp, adminToken: string, organizationId: string) {
  counter += 1;
  const email = `partner-${counter}@test.local`;
  const invited = await t.http
    .post(`/api/organizations/${organizationId}/invitations`)
    .set(bearer(adminToken))
    .send({ email, displayName: `Partner ${counter}` });
  if (invited.status !== 201) throw new Error(`invite: ${invited.status} ${JSON.stringify(invited.body)}`);
  const invitation = String(invited.body.invitationUrl).split('/invite/')[1];
  await t.http.post(`/api/auth/invitations/${invitation}`).send({ password: PASSWORD });
  return { id: invited.body.user.id as string, email, token: await t.login(email) };
}

/** A share of the event with the organisation, live for a day unless told otherwise. */
export async function createShare(
  t: TestApp,
  token: string,
  eventId: string,
  organizationId: string,
  scope: string[] = ['risks', 'map'],
  extra: Record<string, unknown> = {},
) {
  const res = await t.http
    .post(`/api/events/${eventId}/shares`)
    .set(bearer(token))
    .send({ organizationId, scope, expiresAt: new Date(Date.now() + 86400_000).toISOString(), ...extra });
  if (res.status !== 201) throw new Error(`share: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export async function publishRevision(t: TestApp, token: string, eventId: string, body: object = {}) {
  const res = await t.http
    .post(`/api/events/${eventId}/risk-plan/revisions`)
    .set(bearer(token))
    .send({ note: 'Första versionen', ...body });
  if (res.status !== 201) throw new Error(`publish: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.revision as number;
}
