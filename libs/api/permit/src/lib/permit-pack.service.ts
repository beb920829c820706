import { Injectable } from '@nestjs/common';
import { invalidInput, nowIso } from '@tryggplan/api/core';
import { FolderPdfPool, MapTiles, PdfRenderer } from '@tryggplan/api/pdf';
import { RisksService } from '@tryggplan/api/risks-data';
import {
  riskPlanMapView,
  buildPermitEvacuationMap,
  buildPermitOrganisation,
  buildPermitSitePlan,
  buildPermitSummary,
  evacuationMapSites,
  PermitPackData,
  permitMapView,
  sitePlanSites,
} from '@tryggplan/shared/briefing';
import {
  Language,
  partnerMaySee,
  PERMIT_ATTACHMENT_MAX_BYTES,
  PERMIT_PACK_DOCUMENTS,
  PERMIT_PACK_FILE_NAMES,
  PermitPackDocument,
} from '@tryggplan/shared/domain';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { PermitApplicationService, PermitMaterial } from '@tryggplan/api/permit-data';

export interface PermitPackFile {
  document: PermitPackDocument;
  name: string;
  bytes: Buffer;
}

const OWN_BUILDERS: Record<
  Exclude<PermitPackDocument, 'risk-analysis'>,
  (data: PermitPackData) => TDocumentDefinitions
> = {
  application: buildPermitSummary,
  'site-plan': buildPermitSitePlan,
  'security-organisation': buildPermitOrganisation,
  'evacuation-map': buildPermitEvacuationMap,
};

/**
 * The police permit pack: five numbered PDFs made from the saved application and the plan, each
 * within the e-service's 10 MB. Refused, naming what is missing, while the checklist is not empty:
 * a pack is never half empty. A map whose tiles make its PDF too big is drawn again without them.
 */
@Injectable()
export class PermitPackService {
  constructor(
    private readonly permits: PermitApplicationService,
    private readonly risks: RisksService,
    private readonly tiles: MapTiles,
    private readonly renderer: PdfRenderer,
    private readonly pdfPool: FolderPdfPool,
  ) {}

  /** The event's material, or the 400 that names each missing item in the caller's language. */
  async complete(eventId: string, lang: Language): Promise<PermitMaterial> {
    const material = await this.permits.material(eventId, lang);
    if (material.missing.length > 0) {
      throw invalidInput(material.missing.map((item) => ({ field: item.field, message: item.label[lang] })));
    }
    return material;
  }

  async files(material: PermitMaterial, lang: Language): Promise<PermitPackFile[]> {
    const sites = material.sites.filter(partnerMaySee);
    const data: PermitPackData = {
      event: material.event,
      application: material.application,
      sites,
      staff: material.staff,
      generatedAt: nowIso(),
      lang,
    };
    const [sitePlanTiles, evacuationTiles] = await Promise.all([
      this.tiles.tilesFor(permitMapView(sitePlanSites(sites)).view),
      this.tiles.tilesFor(permitMapView(evacuationMapSites(sites)).view),
    ]);
    const withTiles = { ...data, sitePlanTiles, evacuationTiles };
    const files: PermitPackFile[] = [];
    for (const [index, document] of PERMIT_PACK_DOCUMENTS.entries()) {
      let bytes = await this.render(document, withTiles, material);
      if (bytes.length > PERMIT_ATTACHMENT_MAX_BYTES) bytes = await this.render(document, data, material);
      const number = String(index + 1).padStart(2, '0');
      files.push({ document, name: `${number}-${PERMIT_PACK_FILE_NAMES[document][lang]}.pdf`, bytes });
    }
    return files;
  }

  private async render(
    document: PermitPackDocument,
    data: PermitPackData,
    material: PermitMaterial,
  ): Promise<Buffer> {
    if (document !== 'risk-analysis') return this.renderer.render(OWN_BUILDERS[document](data));
    // the second, tile-less try of a document too big (data without tiles) draws the risk plan's map plain too
    const tiles = data.sitePlanTiles ? await this.tiles.tilesFor(riskPlanMapView(data.sites)) : undefined;
    return this.pdfPool.renderRiskPlan({
      event: material.event,
      risks: await this.risks.all(material.event.id),
      sites: data.sites,
      tiles,
      generatedAt: data.generatedAt,
      lang: data.lang,
    });
  }
}
