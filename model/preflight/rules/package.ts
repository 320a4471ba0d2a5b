/**
 * GB 7718 mandatory items, checked over the whole package. A design that declares itself a
 * piece of its product's package (design.package) is checked together with the other pieces
 * the caller loaded (ctx.packagePieces); a design that declares none is checked alone. A missing
 * item is an error on every piece, so no piece of an incomplete package can be exported; it
 * names the package, its pieces and the item, and offers the placeholder to insert.
 */
import type { Design, Element, PackagePiece as Piece, TextElement } from '../../design/schema';
import type { Localized } from '../../localized';
import { checkLabelCompleteness, needsFoodLabel, requiredLabelItems, type LabelItemKey, type RequiredLabelItem } from '../../product/food-label';
import { findPlaceholders, labelItemsInTexts, PLACEHOLDERS } from '../../product/placeholders';
import type { TemplateResult } from '../../templates/types';
import { squash } from '../printed-text';
import { seenElements, seenTextByElement } from '../seen-on-pack';
import { finding, type Finding, type RuleContext } from '../types';

export const PIECE_NAMES: Record<Piece, Localized> = {
  'front-label': { zh: '正标', en: 'front label' },
  'back-label': { zh: '背标', en: 'back label' },
  box: { zh: '包装盒', en: 'box' },
  'hang-tag': { zh: '吊牌', en: 'hang tag' },
};

/** Largest printable surface of a template, cm². */
export function largestSurfaceCm2(template: TemplateResult): number {
  const printable = template.panels.filter((p) => p.printable);
  const areas = (printable.length > 0 ? printable : [{ bounds: { width: template.width, height: template.height } }]).map((p) => (p.bounds.width * p.bounds.height) / 100);
  return Math.max(...areas);
}

/** The texts a piece shows on the closed pack (not hidden, not on a glued, tucked or covered flap). */
const shownTexts = (d: Design, t: TemplateResult) => seenElements(d, t).filter((e): e is TextElement => e.kind === 'text').map((e) => e.text);

/**
 * The label items the design being checked shows, read off its built scene: a field counts when
 * its value is printed where it is seen. An item in the part of a text that its box cuts off (the
 * scene builder drops an overflow, and only warns), on a hidden flap or in a text painted over is
 * missing, as it is on paper. A field with no value counts here: the unfilled-placeholder rule
 * already refuses it. The other pieces of the package have no scene here; their fields count by
 * their texts, and each piece's own check reads its own paper.
 */
function itemsPrinted(ctx: RuleContext, seen: readonly Element[]): Set<LabelItemKey> {
  const printed = seenTextByElement(ctx.scene, ctx.design, ctx.template);
  const facts = { ...ctx.product! };
  const out = new Set<LabelItemKey>();
  for (const el of seen) {
    if (el.kind !== 'text') continue;
    const onPaper = squash(printed.get(el.id) ?? '');
    for (const key of findPlaceholders(el.text)) {
      const def = PLACEHOLDERS[key];
      if (!def) continue;
      const value = def.value(facts, 'zh-CN');
      if (value && !onPaper.includes(squash(value))) continue;
      for (const item of def.satisfies) out.add(item);
    }
  }
  return out;
}

/** The placeholder that adds a required item (the first one that satisfies it). */
export function placeholderFor(req: RequiredLabelItem): string | undefined {
  if (req.key === 'dates') return 'pack.datesPrinted';
  return Object.entries(PLACEHOLDERS).find(([, def]) => def.satisfies.includes(req.key as never))?.[0];
}

const pieceName = (d: Design) => (d.package ? PIECE_NAMES[d.package.piece] : { zh: d.name, en: d.name });

export function packageLabelRule(ctx: RuleContext): Finding[] {
  const product = ctx.product?.product;
  if (!product || !needsFoodLabel(product)) return [];
  const pkg = ctx.design.package;
  // a brand-story card goes out with the product but is not its label (GB 7718 covers the package
  // and its labels): checked only when a cooperative declares it a piece of the package
  if (!pkg && ctx.template.kind === 'story-card') return [];
  // pieces that really belong to this package (same product, same package name), this one first
  const others = pkg ? (ctx.packagePieces ?? []).filter((p) => p.design.id !== ctx.design.id && p.design.productId === ctx.design.productId && p.design.package?.name === pkg.name) : [];
  const pieces = [{ design: ctx.design, template: ctx.template }, ...others];
  const required = requiredLabelItems(product, { edition: product.labelEdition, largestSurfaceCm2: Math.max(...pieces.map((p) => largestSurfaceCm2(p.template))) });
  // this design is read off its scene; the other pieces by their texts
  const seenHere = seenElements(ctx.design, ctx.template, ctx.scene);
  const present = new Set([...itemsPrinted(ctx, seenHere), ...labelItemsInTexts(others.flatMap((p) => shownTexts(p.design, p.template)))]);
  // a drawn nutrition table carries the nutrition item as a placeholder text does
  const hasTable = (els: readonly Element[]) => els.some((e) => e.kind === 'nutrition-table');
  if (hasTable(seenHere) || others.some((p) => hasTable(seenElements(p.design, p.template)))) present.add('nutrition');
  const page = ctx.design.pages[0].name;

  const missing = required.filter((req) => checkLabelCompleteness([req], present).length > 0);
  return missing.map((req) => {
    const placeholder = placeholderFor(req);
    const item = req.label;
    const where = pkg
      ? {
          zh: `包装“${pkg.name}”（${pieces.map((p) => `${pieceName(p.design).zh}“${p.design.name}”`).join('、')}）`,
          en: `Package "${pkg.name}" (${pieces.map((p) => `${pieceName(p.design).en} "${p.design.name}"`).join(', ')})`,
        }
      : { zh: `设计“${ctx.design.name}”`, en: `Design "${ctx.design.name}"` };
    return {
      ...finding('error', 'label.missing-item', { page },
        {
          zh: `${where.zh}上没有“${item.zh}”。食品标签必须标注这一项，缺了就不能印刷${pkg ? '这个包装的任何一件' : ''}。`,
          en: `${where.en} does not show the ${item.en}. A food label must carry it; until it does, ${pkg ? 'no piece of this package can' : 'the design cannot'} be printed.`,
        },
        placeholder
          ? { zh: `在${pkg ? '任一件的' : ''}文字里插入 {{${placeholder}}}（点“插入”），导出时会自动填上。`, en: `Insert {{${placeholder}}} in a text${pkg ? ' on any piece' : ''} (click "Insert"); it is filled in at export.` }
          : { zh: '在文字里写上这一项。', en: 'Write this item in a text.' }),
      ...(placeholder ? { action: { kind: 'insert-placeholder' as const, placeholder } } : {}),
    };
  });
}
