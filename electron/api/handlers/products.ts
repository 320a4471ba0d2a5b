import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { makeStoryCard } from '../../services/products/story-card';

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
    'products.storyCard': ({ productId, confirmed, leaveOut }) =>
      makeStoryCard(
        {
          products: p,
          designs: ctx.designs,
          brandKits: () => ctx.brand.list(),
          motif: (id) => ctx.motifs.get(id)?.record,
          now: ctx.now,
          metrics: (fontId) => (ctx.fonts.list().some((f) => f.id === fontId) ? ctx.fonts.layoutMetrics(fontId) : undefined),
        },
        productId,
        { confirmed, leaveOut },
      ),
    'cooperatives.list': () => p.listCooperatives(),
    'cooperatives.save': ({ cooperative }) => p.saveCooperative(cooperative),
  };
}
