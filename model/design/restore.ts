/**
 * Repairs a migrated document before validation, the way a forgiving loader should: old
 * or hand-edited files get safe defaults for missing fields, unknown element kinds are
 * dropped, duplicate ids renamed, dangling references cleared. Every repair is reported
 * as an Issue so the user (and the tests) can see what changed.
 */
import { issue, type Issue } from '../localized';
import { isRecord, type RawDesign } from './migrations/types';

const KNOWN_KINDS = new Set(['motif', 'pattern', 'text', 'image', 'shape', 'qr', 'barcode', 'nutrition-table']);

const KIND_DEFAULTS: Record<string, RawDesign> = {
  motif: { colourMap: {} },
  pattern: { mode: 'tile', spacingMm: 0, mirror: 'none', clipToPanel: true, colourMap: {} },
  text: {
    text: '',
    sizePt: 10,
    lineHeight: 1.4,
    align: 'start',
    direction: 'horizontal',
    colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } },
  },
  image: {},
  shape: { shape: 'rect' },
  qr: { ecLevel: 'M' },
  barcode: { gtin: '', magnification: 1 },
  'nutrition-table': { layout: 'vertical', fontId: 'lxgw-wenkai-regular', sizePt: 7.5, colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } } },
};

function lowerKeys(map: unknown): unknown {
  if (!isRecord(map)) return map;
  const out: RawDesign = {};
  for (const [key, value] of Object.entries(map)) out[key.trim().toLowerCase()] = value;
  return out;
}

function clamp01(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1;
}

function restoreElement(raw: RawDesign, index: number, pages: string[], usedIds: Set<string>, issues: Issue[]): RawDesign {
  const kind = raw.kind as string;
  let id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : '';
  if (id === '' || usedIds.has(id)) {
    const base = id === '' ? kind : id;
    let n = index + 1;
    while (usedIds.has(`${base}-${n}`)) n++;
    const fresh = `${base}-${n}`;
    issues.push(
      issue(`elements.${index}.id`, 'element-id-repaired', 'warning',
        `第 ${index + 1} 个元素的编号缺失或重复，已改为 ${fresh}。`,
        `Element ${index + 1} had a missing or duplicate id; it is now ${fresh}.`),
    );
    id = fresh;
  }
  usedIds.add(id);
  let page = typeof raw.page === 'string' ? raw.page : '';
  if (!pages.includes(page)) {
    if (page !== '') {
      issues.push(
        issue(`elements.${index}.page`, 'element-page-repaired', 'warning',
          `元素“${id}”所在的页面“${page}”不存在，已移到“${pages[0]}”。`,
          `Element "${id}" was on page "${page}", which does not exist; it is now on "${pages[0]}".`),
      );
    }
    page = pages[0];
  }
  const transform = isRecord(raw.transform) ? { rotation: 0, ...raw.transform } : raw.transform;
  const out: RawDesign = {
    ...KIND_DEFAULTS[kind],
    ...raw,
    id,
    page,
    name: typeof raw.name === 'string' ? raw.name : kind,
    transform,
    opacity: clamp01(raw.opacity),
    locked: raw.locked === true,
    hidden: raw.hidden === true,
  };
  if ('colourMap' in out) out.colourMap = lowerKeys(out.colourMap);
  if (kind === 'pattern') out.clipToPanel = true;
  return out;
}

export function restoreDesign(raw: RawDesign, now: string): { doc: RawDesign; issues: Issue[] } {
  const issues: Issue[] = [];
  const pagesRaw = Array.isArray(raw.pages) ? raw.pages.filter((p) => isRecord(p) && typeof p.name === 'string' && p.name !== '') : [];
  const pages = pagesRaw.length > 0 ? (pagesRaw as { name: string }[]).map((p) => ({ name: p.name })) : [{ name: 'front' }];
  const pageNames = pages.map((p) => p.name);

  const usedIds = new Set<string>();
  const elements: RawDesign[] = [];
  (Array.isArray(raw.elements) ? raw.elements : []).forEach((el, index) => {
    if (!isRecord(el) || typeof el.kind !== 'string' || !KNOWN_KINDS.has(el.kind)) {
      const kind = isRecord(el) ? String(el.kind) : typeof el;
      issues.push(
        issue(`elements.${index}`, 'element-dropped', 'warning',
          `第 ${index + 1} 个元素的类型“${kind}”无法识别，已略去。其余内容正常打开。`,
          `Element ${index + 1} has an unknown kind "${kind}" and was left out. The rest of the design opened normally.`),
      );
      return;
    }
    elements.push(restoreElement(el, index, pageNames, usedIds, issues));
  });

  const credits = isRecord(raw.credits) ? raw.credits : {};
  let blockId = typeof credits.blockId === 'string' ? credits.blockId : null;
  if (blockId !== null && !elements.some((el) => el.id === blockId && el.kind === 'text')) {
    issues.push(
      issue('credits.blockId', 'credit-block-missing', 'warning',
        '致谢文字框已不在设计中，请重新添加致谢文字。',
        'The credit text block is no longer in the design; add the credit text again.'),
    );
    blockId = null;
  }

  const createdAt = typeof raw.createdAt === 'string' ? raw.createdAt : now;
  const doc: RawDesign = {
    ...raw,
    name: typeof raw.name === 'string' ? raw.name : '未命名设计',
    pages,
    elements,
    credits: { blockId, lines: Array.isArray(credits.lines) ? credits.lines : [] },
    createdAt,
    updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : createdAt,
  };
  return { doc, issues };
}
