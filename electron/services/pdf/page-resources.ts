/**
 * Names for one page's /Resources entries. We write content streams as text ourselves (pdf-lib's
 * drawing API defaults to RGB and knows no Separation colour spaces), so we also name the
 * resources ourselves; the same object used twice on a page gets one name.
 */
import { PDFDict, PDFName, type PDFContext, type PDFObject, type PDFRef } from 'pdf-lib';

export type ResourceCategory = 'Font' | 'XObject' | 'ExtGState' | 'ColorSpace' | 'Properties';

const PREFIX: Record<ResourceCategory, string> = {
  Font: 'F',
  XObject: 'Im',
  ExtGState: 'GS',
  ColorSpace: 'CS',
  Properties: 'OC',
};

export class PageResources {
  private readonly names = new Map<string, string>();
  private readonly counters = new Map<ResourceCategory, number>();

  constructor(
    private readonly context: PDFContext,
    private readonly resources: PDFDict,
  ) {}

  /** The resource name (without the slash) under which `value` is listed on this page. */
  name(category: ResourceCategory, value: PDFRef | PDFObject, key: string = value.toString()): string {
    const mapKey = `${category}\u0000${key}`;
    const existing = this.names.get(mapKey);
    if (existing) return existing;
    const n = this.counters.get(category) ?? 0;
    this.counters.set(category, n + 1);
    const name = `${PREFIX[category]}${n}`;
    let dict = this.resources.lookupMaybe(PDFName.of(category), PDFDict);
    if (!dict) {
      dict = this.context.obj({});
      this.resources.set(PDFName.of(category), dict);
    }
    dict.set(PDFName.of(name), value);
    this.names.set(mapKey, name);
    return name;
  }
}
