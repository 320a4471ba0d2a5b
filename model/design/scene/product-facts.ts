/**
 * What the scene builder takes from a linked product, in one place for the composer's canvas and
 * the exporter (so the two never draw different labels): placeholder filling, the GTIN for
 * barcodes that follow the product, and the nutrition facts in the product's edition.
 */
import { nutritionEdition } from '../../product/nutrition';
import { fillPlaceholders } from '../../product/placeholders';
import type { ProductFile } from '../../product/schema';
import type { BuildSceneOptions } from './types';

export function productSceneOptions(file: ProductFile | undefined): Pick<BuildSceneOptions, 'placeholders' | 'productGtin' | 'nutrition'> {
  if (!file) return {};
  const p = file.product;
  return {
    placeholders: (text) => fillPlaceholders(text, file),
    ...(p.ean13 ? { productGtin: p.ean13 } : {}),
    ...(p.nutrition ? { nutrition: { facts: p.nutrition, edition: nutritionEdition(p.labelEdition) } } : {}),
  };
}
