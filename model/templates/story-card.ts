/**
 * Brand-story card (品牌故事卡): the card that tells who made the piece and the meaning of
 * its motifs. Two sides, pages "front" and "back", in A6 (105 x 148) or 100 x 150 mm.
 *
 * Decision: a plain rectangular card is trimmed on the guillotine (the TrimBox says where), so
 * it gets no die line; only rounded corners need a die, and then both pages carry it.
 */
import { z } from 'zod';
import { mmField, mmSchema, relationIssue } from './params';
import { makePanel, makeResult, type TemplateDefinition } from './result';
import { roundedRectPath } from './geometry';
import type { Dieline } from '../scene';

export const CARD_SIZES = { a6: [105, 148], '100x150': [100, 150] } as const;

const fields = {
  size: {
    type: 'choice' as const,
    zh: '尺寸',
    en: 'Size',
    options: [
      { value: 'a6', zh: 'A6（105×148 毫米）', en: 'A6 (105 x 148 mm)' },
      { value: '100x150', zh: '100×150 毫米', en: '100 x 150 mm' },
    ],
  },
  orientation: {
    type: 'choice' as const,
    zh: '方向',
    en: 'Orientation',
    options: [
      { value: 'portrait', zh: '竖版', en: 'portrait' },
      { value: 'landscape', zh: '横版', en: 'landscape' },
    ],
  },
  cornerRadiusMm: mmField('圆角半径', 'Corner radius', 0, 20),
};

const schema = z.object({
  size: z.enum(['a6', '100x150']),
  orientation: z.enum(['portrait', 'landscape']),
  cornerRadiusMm: mmSchema(fields.cornerRadiusMm),
});

export type StoryCardParams = z.infer<typeof schema>;

export function cardSize(p: StoryCardParams): [number, number] {
  const [a, b] = CARD_SIZES[p.size];
  return p.orientation === 'portrait' ? [a, b] : [b, a];
}

export const storyCard: TemplateDefinition<StoryCardParams> = {
  kind: 'story-card',
  name: { zh: '品牌故事卡', en: 'Brand-story card' },
  fields,
  paramsSchema: schema,
  defaults: { size: 'a6', orientation: 'portrait', cornerRadiusMm: 0 },
  relations(p) {
    const [w, h] = cardSize(p);
    const max = Math.min(w, h) / 4;
    return p.cornerRadiusMm > max
      ? [relationIssue('story-card', 'cornerRadiusMm', `圆角半径最大 ${max} 毫米。`, `The corner radius may be at most ${max} mm.`)]
      : [];
  },
  build(p) {
    const [w, h] = cardSize(p);
    // the card is symmetric, so the back's outline equals the front's (mirroring changes nothing)
    const outline = roundedRectPath(0, 0, w, h, p.cornerRadiusMm);
    const panels = [
      makePanel('card-front', { zh: '正面', en: 'Front' }, outline, { page: 'front' }),
      makePanel('card-back', { zh: '背面', en: 'Back' }, outline, { page: 'back' }),
    ];
    const dielines: Record<string, Dieline> =
      p.cornerRadiusMm > 0 ? { front: { cut: [outline], fold: [] }, back: { cut: [outline], fold: [] } } : {};
    return makeResult('story-card', w, h, panels, dielines, ['front', 'back']);
  },
};
