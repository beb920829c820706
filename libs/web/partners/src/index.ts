export * from './lib/partners.routes';
export * from './lib/review-page/review-page';
