/**
 * What a linked product gives the scene: its facts fill the text placeholders and its GTIN
 * fills barcodes left empty. The composer and the exporter both take their options from
 * here, so the canvas and the PDF lay out the same filled text and draw the same symbol.
 */
import { fillPlaceholders, type PlaceholderFacts } from '../../product/placeholders';
import type { BuildSceneOptions } from './types';

export function productSceneOptions(product: PlaceholderFacts | undefined): Pick<BuildSceneOptions, 'placeholders' | 'productGtin'> {
  if (!product) return {};
  return {
    placeholders: (text) => fillPlaceholders(text, product),
    ...(product.product.ean13 ? { productGtin: product.product.ean13 } : {}),
  };
}
