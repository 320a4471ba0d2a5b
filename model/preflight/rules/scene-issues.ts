/**
 * What the scene builder found while building (artwork or font not available, text that
 * overflows its box, unknown brand colours) joins the report, so the user sees one list.
 */
import { finding, type Finding, type RuleContext } from '../types';

/** Covered by a preflight rule of its own with the font-coverage input. */
const COVERED = new Set(['glyphs-missing']);

export function sceneIssueRule(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const iss of ctx.sceneIssues ?? []) {
    if (COVERED.has(iss.code) && ctx.missingGlyphs) continue;
    const m = /^elements\.([^.]+)/.exec(iss.field);
    const where = m && ctx.design.elements.some((e) => e.id === m[1]) ? ctx.whereOf(m[1]) : { page: ctx.design.pages[0]?.name ?? 'front' };
    out.push(finding(iss.severity, `scene.${iss.code}`, where, iss.message,
      { zh: '请按照上面的说明修改这个元素。', en: 'Change the element as the message describes.' }));
  }
  return out;
}
