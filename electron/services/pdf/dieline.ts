/**
 * The cutting die as its own ink: Separation "Dieline" (or "CutContour" for cutting plotters),
 * stroke only, overprinting so it never knocks a white line out of the artwork, inside an
 * optional content group so viewers can hide it.
 */
import { PDFName, PDFString, type PDFContext, type PDFDict, type PDFRef } from 'pdf-lib';
import type { Dieline } from '../../../model/scene';
import { colourOps, type SeparationSpaces } from './colour';
import type { GraphicsStates } from './graphics-states';
import type { PageResources } from './page-resources';
import { pathOps } from './path-ops';
import { num, nums } from './units';

export type DielineName = 'Dieline' | 'CutContour';

/** Magenta is the usual screen colour for die lines; it is never printed (own plate). */
const DIELINE_ALTERNATE = { c: 0, m: 100, y: 0, k: 0 };
/** 0.25 pt hairline, in mm */
const LINE_MM = 0.25 / (72 / 25.4);
const FOLD_DASH_MM = [3, 1.5];

export class DielineLayer {
  private ocgRef?: PDFRef;

  constructor(
    private readonly context: PDFContext,
    readonly inkName: DielineName,
  ) {}

  private ocg(): PDFRef {
    if (!this.ocgRef) {
      this.ocgRef = this.context.register(this.context.obj({ Type: 'OCG', Name: PDFString.of(this.inkName) }));
    }
    return this.ocgRef;
  }

  paint(dieline: Dieline, out: string[], res: PageResources, spaces: SeparationSpaces, states: GraphicsStates): void {
    if (dieline.cut.length === 0 && dieline.fold.length === 0) return;
    const oc = res.name('Properties', this.ocg());
    const gs = states.ref({ overprint: true })!;
    const colour = colourOps({ kind: 'spot', name: this.inkName, tint: 1, alternate: DIELINE_ALTERNATE }, 'stroke', res, spaces);
    out.push(`/OC /${oc} BDC`, 'q', `/${res.name('ExtGState', gs.ref, gs.key)} gs`, colour, `${num(LINE_MM)} w`, '1 j');
    for (const cut of dieline.cut) out.push(pathOps(cut), 'S');
    if (dieline.fold.length > 0) {
      out.push(`[${nums(...FOLD_DASH_MM)}] 0 d`);
      for (const fold of dieline.fold) out.push(pathOps(fold), 'S');
    }
    out.push('Q', 'EMC');
  }

  /** Lists the group in the catalog's /OCProperties (needed for viewers to offer the toggle). */
  register(catalog: PDFDict): void {
    if (!this.ocgRef) return;
    const ref = this.ocgRef;
    catalog.set(
      PDFName.of('OCProperties'),
      this.context.obj({
        OCGs: [ref],
        D: { Name: PDFString.of('Default'), Order: [ref], ON: [ref], OFF: [] },
      }),
    );
  }
}
