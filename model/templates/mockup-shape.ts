/**
 * What a finished piece looks like in the round, for the shop's 3D mockup: which dieline
 * panels become the visible faces of a folded box (front, right side, top), the cylinder a jar
 * label wraps, or, for flat pieces, the card that is shown tilted on a table.
 *
 * Everything is read from the template's own panels (ids and bounds), so the faces are the real
 * dieline panels at their real sizes. Face coordinates are mm with y down and the face upright as
 * it is seen on the assembled piece; the top face is seen from the front (its top edge is the
 * box's back edge), as the templates' `upright` already says.
 */
import type { Panel, Rect, TemplateResult } from './types';

/** One panel's art laid onto a face (a lid-and-base box shows the lid's wall over the base's). */
export interface FaceLayer {
  panelId: string;
  /** where the panel lands on the face, mm */
  rect: Rect;
}

export interface BoxFace {
  widthMm: number;
  heightMm: number;
  /** painted in order: later layers cover earlier ones */
  layers: FaceLayer[];
}

export type MockupShape =
  | { kind: 'box'; lengthMm: number; depthMm: number; heightMm: number; front: BoxFace; side: BoxFace; top: BoxFace }
  | { kind: 'cylinder'; panelId: string; diameterMm: number; labelHeightMm: number; wrapMm: number }
  /** a flat piece: one panel (a pillow pack's front), or the whole page cut to its die when panelId is absent */
  | { kind: 'card'; page: string; panelId?: string };

const byId = (t: TemplateResult, id: string): Panel | undefined => t.panels.find((p) => p.id === id);
const size = (p: Panel, upright = p.upright) =>
  upright === 90 || upright === 270 ? { w: p.bounds.height, h: p.bounds.width } : { w: p.bounds.width, h: p.bounds.height };
const full = (panelId: string, w: number, h: number): FaceLayer => ({ panelId, rect: { x: 0, y: 0, width: w, height: h } });

export function mockupShape(template: TemplateResult): MockupShape {
  switch (template.kind) {
    case 'tuck-end': {
      const front = byId(template, 'front');
      const side = byId(template, 'side-right');
      const top = byId(template, 'top');
      if (!front || !side || !top) break;
      const L = size(front).w;
      const H = size(front).h;
      const W = size(side).w;
      return {
        kind: 'box',
        lengthMm: L,
        depthMm: W,
        heightMm: H,
        front: { widthMm: L, heightMm: H, layers: [full('front', L, H)] },
        side: { widthMm: W, heightMm: H, layers: [full('side-right', W, H)] },
        top: { widthMm: L, heightMm: W, layers: [full('top', L, W)] },
      };
    }
    case 'rigid-lid-base': {
      // closed: the lid sits over the base, so the lid's walls cover the top of the base's walls
      const ids = ['base-wall-front', 'base-wall-right', 'lid-wall-front', 'lid-wall-right', 'lid-floor'];
      const [bf, br, lf, lr, top] = ids.map((id) => byId(template, id));
      if (!bf || !br || !lf || !lr || !top) break;
      const L = size(bf).w;
      const H = size(bf).h;
      const W = size(br).w;
      const lidH = Math.min(H, size(lf).h);
      return {
        kind: 'box',
        lengthMm: L,
        depthMm: W,
        heightMm: H,
        front: { widthMm: L, heightMm: H, layers: [full('base-wall-front', L, H), full('lid-wall-front', L, lidH)] },
        side: { widthMm: W, heightMm: H, layers: [full('base-wall-right', W, H), full('lid-wall-right', W, lidH)] },
        top: { widthMm: L, heightMm: W, layers: [full('lid-floor', L, W)] },
      };
    }
    case 'label-jar': {
      const label = byId(template, 'label');
      if (!label) break;
      const wrap = label.bounds.width;
      return { kind: 'cylinder', panelId: 'label', diameterMm: wrap / Math.PI, labelHeightMm: label.bounds.height, wrapMm: wrap };
    }
    case 'pillow':
      if (byId(template, 'front')) return { kind: 'card', page: byId(template, 'front')!.page, panelId: 'front' };
      break;
  }
  return { kind: 'card', page: template.pages[0] };
}
