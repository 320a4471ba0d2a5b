/**
 * Template registry: every die-line kind the studio offers, looked up by its `kind` string
 * (the value stored in the design document), with its form fields, defaults, generator and an
 * optional size suggestion from the product.
 */
import { StudioError, type Issue, type Localized } from '../localized';
import { checkParams, parseParams, type FieldTable } from './params';
import type { ProductHint, TemplateDefinition } from './result';
import type { TemplateResult } from './types';
import type { z } from 'zod';
import { tuckEnd } from './tuck-end';
import { pillow } from './pillow';
import { rigidBox } from './rigid-box';
import { labelCircle, labelJar, labelRect, labelRounded } from './flat-labels';
import { hangTag } from './hang-tag';
import { storyCard } from './story-card';
import { sticker } from './sticker';

export type { ProductHint, TemplateDefinition } from './result';
export { BLEED_MM, SAFE_MM } from './result';

type AnyParams = Record<string, unknown>;

export interface TemplateEntry {
  kind: string;
  name: Localized;
  fields: FieldTable;
  paramsSchema: z.ZodType<AnyParams>;
  defaults: AnyParams;
  /** validates (filling missing fields from defaults) and generates; throws StudioError on bad params */
  generate(params?: unknown): TemplateResult;
  /** the findings a form shows next to its fields; empty when the params are valid */
  validate(params?: unknown): Issue[];
  sizeFromProduct?(hint: ProductHint): AnyParams | undefined;
}

function entry<P extends AnyParams>(def: TemplateDefinition<P>): TemplateEntry {
  const suggest = def.sizeFromProduct;
  return {
    kind: def.kind,
    name: def.name,
    fields: def.fields,
    paramsSchema: def.paramsSchema as unknown as z.ZodType<AnyParams>,
    defaults: def.defaults,
    generate: (params) => def.build(parseParams(def, params)),
    validate: (params) => {
      const r = checkParams(def, params);
      return r.ok ? [] : r.issues;
    },
    sizeFromProduct: suggest ? (hint) => suggest(hint) : undefined,
  };
}

const all = [tuckEnd, pillow, rigidBox, labelRect, labelRounded, labelCircle, labelJar, hangTag, storyCard, sticker] as const;

export const templateRegistry: Readonly<Record<string, TemplateEntry>> = Object.freeze(
  Object.fromEntries(all.map((d) => [d.kind, entry(d as unknown as TemplateDefinition<AnyParams>)])),
);

export const templateKinds: readonly string[] = all.map((d) => d.kind);

export function getTemplate(kind: string): TemplateEntry {
  const t = templateRegistry[kind];
  if (!t) {
    throw new StudioError(
      'template.unknown-kind',
      {
        zh: `没有“${kind}”这种模板。可用的有：${templateKinds.join('、')}。`,
        en: `There is no template called "${kind}". Available: ${templateKinds.join(', ')}.`,
      },
      { kind },
    );
  }
  return t;
}

/** Generate a die line; missing params take the kind's defaults. Throws StudioError('template.params.invalid') with Issue[] details. */
export function generateTemplate(kind: string, params?: unknown): TemplateResult {
  return getTemplate(kind).generate(params);
}

export function validateTemplateParams(kind: string, params?: unknown): Issue[] {
  return getTemplate(kind).validate(params);
}

/** Suggested params merged over the defaults, or undefined if this kind has nothing to suggest from the hint. */
export function suggestTemplateParams(kind: string, hint: ProductHint): AnyParams | undefined {
  const t = getTemplate(kind);
  const s = t.sizeFromProduct?.(hint);
  return s ? { ...t.defaults, ...s } : undefined;
}
