/** Accounts the browser tests start the server with; never used outside the tests. */
export const E2E_ADMIN = { email: 'admin@e2e.test', password: 'e2e-admin-password-1' };
export const E2E_DEMO_PASSWORD = 'e2e-demo-password-1';
export const DEMO_COORDINATOR = { email: 'samordnare@demo.tryggplan.local', password: E2E_DEMO_PASSWORD };
export const DEMO_PARTNER = { email: 'polisen@demo.tryggplan.local', password: E2E_DEMO_PASSWORD };
