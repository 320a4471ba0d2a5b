export { ExportService, pdfFileName, type PdfOptions, type PdfResult, type ShopImages } from './export-service';
export type { ExportSources, MotifEntry } from './export-sources';
export { prepareDesign, type PreparedDesign } from './prepare-design';
export { sceneToSvg, type SceneSvgOptions } from './scene-svg';
export { GlyphOutlines } from './glyph-outlines';
export { studioExportSources, exportServiceFor } from './studio-sources';
