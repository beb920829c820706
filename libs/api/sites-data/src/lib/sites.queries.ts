import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { SiteEntity } from './site.entity';

type SiteRow = Omit<SiteEntity, 'geometry' | 'createdAt' | 'updatedAt'> & { geometry: string };

/**
 * The event's sites in one statement, no ORM: print maps and folders read thousands of them at once,
 * and building an entity for each cost more than the reading.
 */
@Injectable()
export class SitesQueries {
  constructor(private readonly sql: Sql) {}

  async ofEvent(eventId: string): Promise<Omit<SiteEntity, 'createdAt' | 'updatedAt'>[]> {
    const rows = await this.sql.all<SiteRow>(
      `SELECT "id", "eventId", "kind", "name", "description", "address", "geometry",
              "sizeWidth", "sizeDepth", "rotation", "version"
       FROM "sites" WHERE "eventId" = ? ORDER BY "name" ASC`,
      [eventId],
    );
    return rows.map((row) => ({ ...row, geometry: JSON.parse(row.geometry) as SiteEntity['geometry'] }));
  }
}
