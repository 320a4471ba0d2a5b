/**
 * What a new QR code on a product's pack says: the product's GS1 Digital Link (a phone opens
 * it as a web page, a GS1 scanner reads the GTIN from it), else the product's traceability
 * address. Undefined when the product gives neither; the composer then asks for one.
 */
import { gs1DigitalLink } from '../barcode/digital-link';
import { StudioError } from '../localized';
import type { ProductFile } from './schema';

/** GS1's own resolver, the standard's default when a brand has no resolver of its own */
export const GS1_RESOLVER = 'id.gs1.org';

export function productQrContent(file: Pick<ProductFile, 'product'> | undefined): string | undefined {
  const product = file?.product;
  if (!product) return undefined;
  if (product.ean13) {
    try {
      return gs1DigitalLink({ domain: product.digitalLinkDomain || GS1_RESOLVER, gtin: product.ean13 });
    } catch (error) {
      // a GTIN or domain the product check already reports: fall back to the trace address
      if (!(error instanceof StudioError)) throw error;
    }
  }
  return product.traceUrl || undefined;
}
