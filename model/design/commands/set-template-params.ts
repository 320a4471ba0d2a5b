import { StudioError } from '../../localized';
import { generateTemplate } from '../../templates/index';
import type { Panel, TemplateResult } from '../../templates/types';
import type { Design, Element, TemplateParams } from '../schema';
import type { CommandContext } from './context';

export interface SetTemplateParams {
  type: 'set-template-params';
  params: TemplateParams;
  /** switch to another template kind as well (e.g. tuck-end box -> sleeve) */
  kind?: string;
}

function generate(ctx: CommandContext, kind: string, params: TemplateParams): TemplateResult {
  return (ctx.generateTemplate ?? generateTemplate)(kind, params);
}

const near = (p: number, q: number) => Math.abs(p - q) < 0.01;

/**
 * Keeps an element on its panel when the panel moves or changes size: an element that
 * exactly filled the panel (a background or pattern) fills the new panel; any other
 * keeps its centre at the same fraction of the panel and keeps its own size.
 */
function follow(el: Element, from: Panel, to: Panel): Element {
  const t = el.transform;
  const a = from.bounds;
  const b = to.bounds;
  if (near(t.x, a.x) && near(t.y, a.y) && near(t.width, a.width) && near(t.height, a.height)) {
    return { ...el, page: to.page, transform: { ...t, x: b.x, y: b.y, width: b.width, height: b.height } };
  }
  const fx = a.width > 0 ? (t.x + t.width / 2 - a.x) / a.width : 0.5;
  const fy = a.height > 0 ? (t.y + t.height / 2 - a.y) / a.height : 0.5;
  const x = b.x + fx * b.width - t.width / 2;
  const y = b.y + fy * b.height - t.height / 2;
  if (x === t.x && y === t.y && to.page === el.page) return el;
  return { ...el, page: to.page, transform: { ...t, x, y } };
}

/**
 * New template parameters re-derive the panels; elements follow their panels, elements
 * whose panel no longer exists stay where they were without a panel, and the page list
 * becomes the template's.
 */
export function setTemplateParams(doc: Design, cmd: SetTemplateParams, ctx: CommandContext): Design {
  const kind = cmd.kind ?? doc.template.kind;
  const before = generate(ctx, doc.template.kind, doc.template.params);
  let after: TemplateResult;
  try {
    after = generate(ctx, kind, cmd.params);
  } catch (err) {
    if (err instanceof StudioError) throw err;
    throw new StudioError(
      'template-params-invalid',
      {
        zh: `这些尺寸做不出“${kind}”的刀版：${(err as Error).message}。请检查长、宽、高等数值。`,
        en: `These sizes do not make a valid "${kind}" dieline: ${(err as Error).message}. Check the length, width and height.`,
      },
      err,
    );
  }
  const oldPanels = new Map(before.panels.map((p) => [p.id, p]));
  const newPanels = new Map(after.panels.map((p) => [p.id, p]));
  const pages = after.pages.map((name) => ({ name }));
  const firstPage = after.pages[0];
  const elements = doc.elements.map((el) => {
    const from = el.panelId ? oldPanels.get(el.panelId) : undefined;
    const to = el.panelId ? newPanels.get(el.panelId) : undefined;
    if (from && to) return follow(el, from, to);
    let out = el;
    if (el.panelId && !to) {
      const { panelId: _dropped, ...rest } = el;
      out = rest as Element;
    }
    return after.pages.includes(out.page) ? out : { ...out, page: firstPage };
  });
  return { ...doc, template: { kind, params: { ...cmd.params } }, pages, elements };
}
