export { writePdf, type WritePdfOptions, type PdfFonts } from './write-pdf';
export { nUp, nUpLayout, type NUpOptions, type NUpLayout, type SheetSize } from './n-up';
export type { DielineName } from './dieline';
export { PrintPhotos, type LoadImage } from './print-photos';
