export { runPreflight, reportOf, ruleContext, RULES } from './run-preflight';
export { effectivePpi, MIN_PPI, GOOD_PPI, HAIRLINE_PT, SMALL_TEXT_PT, MAX_TAC } from './rules/print';
export { motifArtScene, motifColours, silverTint, svgHexColours, SILVER_ALTERNATE } from './silver-ink';
export type { Finding, FindingAction, FindingWhere, PackageSibling, PreflightInput, PreflightReport, Rule } from './types';
