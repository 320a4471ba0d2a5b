/** Runs every preflight rule and sorts the findings into errors (block export) and warnings. */
import { elementBounds } from '../design/geometry';
import { motifUseRule, creditLineRule } from './rules/motifs';
import { hairlineRule, imageResolutionRule, missingGlyphRule, richBlackTextRule, totalInkRule } from './rules/print';
import { placeholderRule } from './rules/product';
import { barcodeMatchRule } from './rules/barcode-match';
import { claimsRule } from './rules/claims';
import { giMarkRule } from './rules/gi-mark';
import { packageLabelRule } from './rules/package';
import { nutritionRule } from './rules/nutrition';
import { typeSizeRule } from './rules/type-size';
import { safeAreaRule } from './rules/layout';
import { sceneIssueRule } from './rules/scene-issues';
import type { Finding, FindingWhere, PreflightInput, PreflightReport, Rule, RuleContext } from './types';

export const RULES: readonly Rule[] = [
  motifUseRule,
  creditLineRule,
  missingGlyphRule,
  imageResolutionRule,
  claimsRule,
  giMarkRule,
  barcodeMatchRule,
  sceneIssueRule,
  safeAreaRule,
  hairlineRule,
  richBlackTextRule,
  totalInkRule,
  placeholderRule,
  packageLabelRule,
  nutritionRule,
  typeSizeRule,
];

export function ruleContext(input: PreflightInput): RuleContext {
  const cache = new Map<string, FindingWhere>();
  const whereOf = (elementId: string): FindingWhere => {
    let where = cache.get(elementId);
    if (where) return where;
    const el = input.design.elements.find((e) => e.id === elementId);
    if (!el) return { page: input.design.pages[0]?.name ?? 'front', elementId };
    let panelId = el.panelId && input.template.panels.some((p) => p.id === el.panelId) ? el.panelId : undefined;
    if (!panelId) {
      // the panel under the element's centre, as the composer highlights it
      const b = elementBounds(el.transform);
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      panelId = input.template.panels.find(
        (p) => p.page === el.page && cx >= p.bounds.x && cx <= p.bounds.x + p.bounds.width && cy >= p.bounds.y && cy <= p.bounds.y + p.bounds.height,
      )?.id;
    }
    where = { page: el.page, ...(panelId ? { panelId } : {}), elementId };
    cache.set(elementId, where);
    return where;
  };
  return { ...input, whereOf };
}

export function reportOf(findings: Finding[]): PreflightReport {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  return { errors, warnings, ok: errors.length === 0, canForce: errors.length > 0 && errors.every((e) => e.forceable === true) };
}

export function runPreflight(input: PreflightInput): PreflightReport {
  const ctx = ruleContext(input);
  return reportOf(RULES.flatMap((rule) => rule(ctx)));
}
