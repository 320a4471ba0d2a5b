/**
 * Document-level PDF/X-4 requirements: Info dictionary (Title, Creator, dates, /Trapped,
 * /GTS_PDFXVersion), XMP packet, OutputIntent with the embedded CMYK profile, trailer /ID, and
 * the two fixes pdf-lib needs after saving (it writes a 1.7 header; X-4 is based on PDF 1.6).
 */
import { createHash } from 'node:crypto';
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { buildXmp } from './xmp';

export interface PdfxFields {
  title: string;
  creator: string;
  producer: string;
  now: Date;
  /** stable id of the design (same for every export of it); derived from the title when absent */
  documentId?: string;
  /** version number of this export of the design */
  versionId?: string;
  /** the output profile, already deflated (icc-profile.ts) */
  iccDeflated: Buffer;
  /** registry name of the printing condition the profile characterises */
  outputConditionIdentifier: string;
  outputCondition: string;
}

function uuidFromHash(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function applyPdfxMetadata(doc: PDFDocument, f: PdfxFields): void {
  const ctx = doc.context;
  const date = f.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const documentUuid = f.documentId ? uuidFromHash('doc', f.documentId) : uuidFromHash('doc', f.title, date);
  const instanceUuid = uuidFromHash('instance', documentUuid, date, f.versionId ?? '1');

  doc.setTitle(f.title, { showInWindowTitleBar: true });
  doc.setCreator(f.creator);
  doc.setProducer(f.producer);
  doc.setCreationDate(f.now);
  doc.setModificationDate(f.now);
  const info = ctx.lookup(ctx.trailerInfo.Info, PDFDict);
  // We do not trap; saying so lets the printer's RIP trap if it wants to.
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of('PDF/X-4'));

  const xmp = Buffer.from(
    buildXmp({
      title: f.title,
      creator: f.creator,
      producer: f.producer,
      date,
      documentId: `uuid:${documentUuid}`,
      instanceId: `uuid:${instanceUuid}`,
      versionId: f.versionId ?? '1',
      trapped: 'False',
    }),
    'utf8',
  );
  // left uncompressed so that tools that scan for the packet without a PDF parser can find it
  const metadataRef = ctx.register(ctx.stream(xmp, { Type: 'Metadata', Subtype: 'XML' }));
  doc.catalog.set(PDFName.of('Metadata'), metadataRef);

  const iccRef = ctx.register(ctx.stream(f.iccDeflated, { N: 4, Filter: 'FlateDecode' }));
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(f.outputConditionIdentifier),
    OutputCondition: PDFString.of(f.outputCondition),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of(f.outputCondition),
    DestOutputProfile: iccRef,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.register(intent)]));

  // /ID: first half identifies the document across versions, second half this file
  ctx.trailerInfo.ID = ctx.obj([
    PDFHexString.of(documentUuid.replace(/-/g, '')),
    PDFHexString.of(instanceUuid.replace(/-/g, '')),
  ]);
}

/** pdf-lib always writes "%PDF-1.7"; same length, so rewriting it keeps every offset valid. */
export function fixHeader(bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes);
  const header = out.toString('latin1', 0, 8);
  if (!/^%PDF-1\.\d$/.test(header)) throw new Error(`unexpected PDF header ${JSON.stringify(header)}`);
  out.write('%PDF-1.6', 0, 'latin1');
  return out;
}

/** pdf-lib gives pages an empty /Annots array; PDF/X checkers flag it, so drop it. */
export function removeEmptyAnnots(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (annots && annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
}
