import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, Public } from '@tryggplan/api/core';
import { PublicConfig } from '@tryggplan/shared/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('health')
  @Public()
  async health(@Res({ passthrough: true }) res: Response) {
    const driver = this.config.database.driver;
    try {
      // the same statement on both drivers: a round trip, no table needed
      await this.db.query('SELECT 1');
      return { status: 'ok', db: 'ok', driver };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', db: 'error', driver };
    }
  }

  /** What the web app needs before login: the map background. */
  @Get('config')
  @Public()
  publicConfig(): PublicConfig {
    return {
      tileUrl: this.config.tileUrl,
      tileAttribution: this.config.tileAttribution,
      tileMaxZoom: this.config.tileMaxZoom,
    };
  }
}
