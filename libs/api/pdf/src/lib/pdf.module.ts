import { Module } from '@nestjs/common';
import { FolderPdfPool } from './folder-pdf-pool';
import { MapTiles } from './map-tiles';
import { PdfRenderer } from './pdf-renderer';

/** The PDF engine: rendering in the embedded fonts, the worker pool for folders and risk plans, print-map tiles. */
@Module({
  providers: [PdfRenderer, MapTiles, FolderPdfPool],
  exports: [PdfRenderer, MapTiles, FolderPdfPool],
})
export class PdfModule {}
