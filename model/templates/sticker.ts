/** Sticker (贴纸): kiss-cut on a backing sheet; rectangle, rounded rectangle or circle/ellipse. */
import { z } from 'zod';
import { mmField, mmSchema, relationIssue } from './params';
import type { TemplateDefinition } from './result';
import { flatResult, shapePath, SHAPE_OPTIONS } from './flat-shapes';

const fields = {
  shape: { type: 'choice' as const, zh: '形状', en: 'Shape', options: SHAPE_OPTIONS },
  widthMm: mmField('宽', 'Width', 10, 300),
  heightMm: mmField('高', 'Height', 10, 300),
  cornerRadiusMm: mmField('圆角半径', 'Corner radius', 0, 100),
};

const schema = z.object({
  shape: z.enum(['rect', 'rounded', 'circle']),
  widthMm: mmSchema(fields.widthMm),
  heightMm: mmSchema(fields.heightMm),
  cornerRadiusMm: mmSchema(fields.cornerRadiusMm),
});

export type StickerParams = z.infer<typeof schema>;

export const sticker: TemplateDefinition<StickerParams> = {
  kind: 'sticker',
  name: { zh: '贴纸', en: 'Sticker' },
  fields,
  paramsSchema: schema,
  defaults: { shape: 'circle', widthMm: 50, heightMm: 50, cornerRadiusMm: 5 },
  relations(p) {
    const max = Math.min(p.widthMm, p.heightMm) / 2;
    if (p.shape === 'rounded' && p.cornerRadiusMm > max)
      return [relationIssue('sticker', 'cornerRadiusMm', `圆角半径不能超过宽和高中较小者的一半（${max} 毫米）。`, `The corner radius may be at most half the smaller of width and height (${max} mm).`)];
    return [];
  },
  build: (p) =>
    flatResult('sticker', 'sticker', { zh: '贴纸', en: 'Sticker' }, shapePath(p.shape, p.widthMm, p.heightMm, p.cornerRadiusMm), p.widthMm, p.heightMm),
};
