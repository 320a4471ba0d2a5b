/**
 * One design element on the fabric canvas. fabric handles picking, the selection frame and
 * the move/rotate/scale handles; the picture itself is painted from the element's scene
 * nodes (paint.ts), so the screen shows exactly the display list the PDF prints.
 *
 * Units are mm (the viewport transform does the zoom). The object's box is the element's
 * unrotated box, centred on its centre (fabric 7's default origin), turned by `angle`.
 */
import { FabricObject, util, type TMat2D } from 'fabric';
import { elementMatrix } from '../../model/design/geometry';
import type { Element, Transform } from '../../model/design/schema';
import type { Matrix, PathCommand, SceneNode } from '../../model/scene';
import type { FieldMark } from '../../model/design/scene/fields';
import { paintFieldMarks } from './field-marks';
import { deviceBounds, paintAsLayer } from './layer';
import { paintNodes, toPath2D, type PaintEnv } from './paint';

export interface ElementPaint {
  /** content in the element's own box coordinates (0..width, 0..height) */
  nodes: SceneNode[];
  /** the element group's own clip (pattern: its box), box coordinates */
  clip?: PathCommand[];
  /** clips in page coordinates, outermost first, all applied (a panel or bleed outline; the paper) */
  pageClips?: PathCommand[][];
  opacity: number;
  /** product fields with no value: screen-only marks over their gaps, box coordinates */
  fields?: FieldMark[];
}

function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c || 1;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

export class ElementObject extends FabricObject {
  static override type = 'JinxiuElement';
  elementId: string;
  paintData: ElementPaint;
  env: PaintEnv;
  /** the transform the object was last placed with, for the page clip */
  placed: Transform;

  constructor(el: Element, paint: ElementPaint, env: PaintEnv) {
    super({ strokeWidth: 0, originX: 'center', originY: 'center', lockScalingFlip: true, objectCaching: false });
    this.elementId = el.id;
    this.paintData = paint;
    this.env = env;
    this.placed = el.transform;
    this.place(el);
  }

  /** Puts the object where the element says and resets any scale left from a drag. */
  place(el: Element): void {
    const t = el.transform;
    this.placed = t;
    this.set({
      width: Math.max(t.width, 0.01),
      height: Math.max(t.height, 0.01),
      left: t.x + t.width / 2,
      top: t.y + t.height / 2,
      angle: t.rotation,
      scaleX: 1,
      scaleY: 1,
      flipX: !!t.flipX,
      flipY: !!t.flipY,
      selectable: true,
      evented: true,
      hasControls: !el.locked,
      lockMovementX: el.locked,
      lockMovementY: el.locked,
      lockRotation: el.locked,
      lockScalingX: el.locked,
      // a line has no height to scale
      lockScalingY: el.locked || t.height === 0,
      hoverCursor: el.locked ? 'not-allowed' : 'move',
    });
    this.setCoords();
  }

  override _render(ctx: CanvasRenderingContext2D): void {
    const { nodes, clip, pageClips, opacity, fields } = this.paintData;
    const t = this.placed;
    ctx.save();
    // fabric's matrix (centre, rotation, flips about the centre) followed by this shift is
    // exactly elementMatrix(t), the box-to-page matrix the scene was built with
    ctx.translate(-t.width / 2, -t.height / 2);
    if (pageClips && pageClips.length > 0) {
      const m = elementMatrix(t);
      ctx.transform(...invert(m));
      for (const pageClip of pageClips) ctx.clip(toPath2D(pageClip));
      ctx.transform(...m);
    }
    if (clip) ctx.clip(toPath2D(clip));
    if (nodes.length === 0) {
      // nothing to paint yet (artwork loading or missing): keep it visible and pickable
      ctx.setLineDash([1.5, 1.5]);
      ctx.lineWidth = 0.3;
      ctx.strokeStyle = '#9a8f80';
      ctx.strokeRect(0, 0, t.width, t.height);
    }
    if (opacity < 1) {
      // the element as a whole at its opacity, as the PDF's transparency group prints it;
      // the layer covers the box and a margin for strokes and text running past it
      const margin = Math.max(t.width, t.height);
      paintAsLayer(ctx, opacity, (layer) => paintNodes(layer, nodes, this.env), deviceBounds(ctx, -margin, -margin, t.width + 2 * margin, t.height + 2 * margin));
    } else {
      paintNodes(ctx, nodes, this.env);
    }
    ctx.restore();
    if (fields && fields.length > 0) {
      ctx.save();
      ctx.translate(-t.width / 2, -t.height / 2);
      paintFieldMarks(ctx, fields, this.env);
      ctx.restore();
    }
  }
}

/** The element transform a (possibly dragged, scaled, grouped) object now shows. */
export function transformOf(obj: ElementObject): Transform {
  const m: TMat2D = obj.calcTransformMatrix();
  const d = util.qrDecompose(m);
  const sx = Math.abs(obj.scaleX * (obj.group?.scaleX ?? 1));
  const sy = Math.abs(obj.scaleY * (obj.group?.scaleY ?? 1));
  const width = obj.placed.width === 0 ? 0 : obj.width * sx;
  const height = obj.placed.height === 0 ? 0 : obj.height * sy;
  let rotation = obj.angle + (obj.group?.angle ?? 0);
  rotation = ((rotation % 360) + 360) % 360;
  if (rotation > 180) rotation -= 360;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    ...obj.placed,
    x: round(d.translateX - width / 2),
    y: round(d.translateY - height / 2),
    width: round(width),
    height: round(height),
    rotation: round(rotation),
  };
}
