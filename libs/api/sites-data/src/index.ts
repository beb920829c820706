export * from './lib/sites-data.module';
export * from './lib/sites.service';
export * from './lib/site.entity';
export * from './lib/site-plan.entity';
