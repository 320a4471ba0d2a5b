/** Runs every preflight rule and sorts the findings into errors (block export) and warnings. */
import { panelOfElement } from '../design/panel-membership';
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
import { orientationRule } from './rules/orientation';
import { coveredContentRule, hiddenPanelRule } from './rules/hidden-content';
import { bleedRule } from './rules/bleed';
import { sceneIssueRule } from './rules/scene-issues';
import { spotFloodRule } from './rules/spot-flood';
import { textOverlapRule } from './rules/text-overlap';
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
  orientationRule,
  hiddenPanelRule,
  coveredContentRule,
  bleedRule,
  textOverlapRule,
  hairlineRule,
  richBlackTextRule,
  totalInkRule,
  spotFloodRule,
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
    // the panel under the element's centre (the composer keeps panelId equal to it); a stored
    // panelId only when the centre is on no panel
    const panelId = panelOfElement(input.template.panels, el)?.id;
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
