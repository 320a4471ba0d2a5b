/**
 * What a linked product gives the scene: its facts fill the text placeholders, its GTIN fills
 * barcodes left empty, and its nutrition facts (in the product's label edition) fill drawn
 * nutrition tables. The composer and the exporter both take their options from here, so the
 * canvas and the PDF lay out the same filled text and draw the same symbols and tables.
 */
import { nutritionEdition } from '../../product/nutrition';
import { fillPlaceholders, type PlaceholderFacts } from '../../product/placeholders';
import type { BuildSceneOptions } from './types';

export function productSceneOptions(facts: PlaceholderFacts | undefined): Pick<BuildSceneOptions, 'placeholders' | 'productGtin' | 'nutrition'> {
  if (!facts) return {};
  const p = facts.product;
  return {
    placeholders: (text) => fillPlaceholders(text, facts),
    ...(p.ean13 ? { productGtin: p.ean13 } : {}),
    ...(p.nutrition ? { nutrition: { facts: p.nutrition, edition: nutritionEdition(p.labelEdition) } } : {}),
  };
}
