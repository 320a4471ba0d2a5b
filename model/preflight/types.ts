/**
 * Preflight: the checks a design must pass before it goes to the printer. The composer shows
 * them live and the exporter refuses on errors, from the same pure rules (model/preflight), so
 * the two can never disagree.
 */
import type { Design } from '../design/schema';
import type { Issue, Localized } from '../localized';
import type { ReleaseDestination } from '../motif/gate';
import type { MotifRecord } from '../motif/schema';
import type { ProductFile } from '../product/schema';
import type { Scene } from '../scene';
import type { TemplateResult } from '../templates/types';

export interface FindingWhere {
  /** design page name ("front", "back") */
  page: string;
  panelId?: string;
  elementId?: string;
}

export interface Finding {
  severity: 'error' | 'warning';
  /** stable, e.g. "motif.not-exportable", "image.low-resolution" */
  code: string;
  message: Localized;
  where: FindingWhere;
  /** what to do about it, in plain words */
  fix: Localized;
  /** an error the user may override with "force" (only where the rule allows it) */
  forceable?: boolean;
  /** a one-click repair the composer offers (e.g. insert the missing label item's placeholder) */
  action?: FindingAction;
}

export interface FindingAction {
  kind: 'insert-placeholder';
  /** placeholder key, e.g. "product.ingredients" (inserted as {{product.ingredients}}) */
  placeholder: string;
}

/** Another piece of the same product package (same product, same `design.package.name`). */
export interface PackageSibling {
  design: Design;
  template: TemplateResult;
}

export interface PreflightReport {
  errors: Finding[];
  warnings: Finding[];
  /** no errors: export may go ahead */
  ok: boolean;
  /** errors exist and every one of them may be overridden with force */
  canForce: boolean;
}

export interface PreflightInput {
  design: Design;
  /** the scene built from the design (what will be printed) */
  scene: Scene;
  /** the design's template, for panels (safe areas, largest surface) */
  template: TemplateResult;
  /** motif records by id for every motif the design places; undefined = not in the library */
  motifs: Record<string, MotifRecord | undefined>;
  /** product facts, when the design is linked to a product */
  product?: ProductFile;
  /** ISO date (YYYY-MM-DD) */
  today: string;
  /** ISO date the print run is planned for */
  printDate?: string;
  /** font coverage: characters each text element's font lacks (elementId -> characters) */
  missingGlyphs?: Record<string, string[]>;
  /** findings the scene builder raised (artwork or font missing, text overflow, ...) */
  sceneIssues?: Issue[];
  /**
   * the other pieces of this design's package (design.package), loaded by the caller; GB 7718
   * items are checked over all of them. Absent or empty: the design is checked alone.
   */
  packagePieces?: PackageSibling[];
  /** designs are for products for sale unless said otherwise */
  commercial?: boolean;
  /** where the output goes (the motif gate's destination); default 'pdf' */
  destination?: ReleaseDestination;
  /** the cooperative the design belongs to (its own artwork is released only there) */
  cooperativeId?: string;
}

/** What each rule gets: the input plus helpers to say where an element sits. */
export interface RuleContext extends PreflightInput {
  whereOf(elementId: string): FindingWhere;
}

export type Rule = (ctx: RuleContext) => Finding[];

export function finding(
  severity: Finding['severity'],
  code: string,
  where: FindingWhere,
  message: Localized,
  fix: Localized,
  forceable?: boolean,
): Finding {
  return { severity, code, message, where, fix, ...(forceable ? { forceable } : {}) };
}
