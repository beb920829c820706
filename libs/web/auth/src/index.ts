export * from './lib/login-page/login-page';
export * from './lib/invitation-page/invitation-page';
