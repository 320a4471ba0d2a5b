/**
 * The XMP metadata packet PDF/X-4 requires: it repeats the Info dictionary (title, tool, dates,
 * trapping) and adds pdfxid:GTS_PDFXVersion plus the xmpMM document/version identifiers that
 * let a printer's workflow tell a revised file from the one it already has.
 */
export interface XmpFields {
  title: string;
  creator: string;
  producer: string;
  /** ISO 8601 with time zone, e.g. 2026-11-28T15:36:00Z */
  date: string;
  documentId: string;
  instanceId: string;
  versionId: string;
  trapped: 'True' | 'False';
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildXmp(f: XmpFields): string {
  const e = xmlEscape;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(f.title)}</rdf:li></rdf:Alt></dc:title>
   <xmp:CreatorTool>${e(f.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${f.date}</xmp:CreateDate>
   <xmp:ModifyDate>${f.date}</xmp:ModifyDate>
   <xmp:MetadataDate>${f.date}</xmp:MetadataDate>
   <pdf:Producer>${e(f.producer)}</pdf:Producer>
   <pdf:Trapped>${f.trapped}</pdf:Trapped>
   <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
   <xmpMM:DocumentID>${e(f.documentId)}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${e(f.instanceId)}</xmpMM:InstanceID>
   <xmpMM:VersionID>${e(f.versionId)}</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
