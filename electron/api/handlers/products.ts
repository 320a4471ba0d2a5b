import type { BrandKit } from '../../../model/brand/schema';
import { studioError } from '../../../model/localized';
import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { makeStoryCard, type StoryCardDesigns } from '../../services/products/story-card';

type ProductCalls =
  | 'products.list'
  | 'products.get'
  | 'products.save'
  | 'products.validate'
  | 'products.delete'
  | 'products.reminders'
  | 'products.labelItems'
  | 'products.digitalLink'
  | 'products.storyCard'
  | 'cooperatives.list'
  | 'cooperatives.save';

/** The designs and brand services are composed in by their own helpers; the story card needs both. */
type WithComposer = StudioContext & { designs?: StoryCardDesigns; brand?: { list(): BrandKit[] } };

export function productHandlers(ctx: StudioContext): HandlersFor<ProductCalls> {
  const p = ctx.products;
  return {
    'products.list': () => p.list(),
    'products.get': ({ id }) => p.get(id),
    'products.save': ({ file, printDate }) => p.save(file, printDate),
    'products.validate': (input) => p.validate(input),
    'products.delete': ({ id }) => p.delete(id),
    'products.reminders': ({ withinDays }) => p.reminders(withinDays),
    'products.labelItems': ({ productId, largestSurfaceCm2, edition }) => p.labelItems(productId, largestSurfaceCm2, edition),
    'products.digitalLink': ({ productId, withBatch }) => p.digitalLink(productId, withBatch),
    'products.storyCard': ({ productId }) => {
      const c = ctx as WithComposer;
      if (!c.designs || !c.brand) {
        throw studioError('story-card.unavailable', '这个版本还不能生成品牌故事卡（设计功能未启用）。', 'Brand-story cards cannot be made in this build yet (designs are not available).');
      }
      const brand = c.brand;
      return makeStoryCard({ products: p, designs: c.designs, brandKits: () => brand.list(), motif: (id) => ctx.motifs.get(id)?.record }, productId);
    },
    'cooperatives.list': () => p.listCooperatives(),
    'cooperatives.save': ({ cooperative }) => p.saveCooperative(cooperative),
  };
}
