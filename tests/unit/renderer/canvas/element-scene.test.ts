/**
 * What the canvas paints per element comes from the shared scene: every page clip around an
 * element's group is kept, outermost first. A pillow box's ground reaches into the waste and
 * the bleed: the paper clip wraps the bleed wrapper, and taking only the outer one painted the
 * bleed clip as if in box coordinates (canvas-paper: correlation 0.53 on the ground).
 */
import { describe, expect, it } from 'vitest';
import type { BuildSceneOptions } from '../../../../model/design/scene-builder';
import { generateTemplate } from '../../../../model/templates/index';
import { paintsFor } from '../../../../renderer/canvas/element-scene';
import { emptyDesign, shape, withElements } from '../../model/design/helpers';
import { artSource, wenkaiMetrics } from '../../model/design/scene-helpers';

const pillow = generateTemplate('pillow', { widthMm: 64, lengthMm: 120, curveDepthMm: 12, glueWidthMm: 10, glueTaperMm: 3 });
const options: BuildSceneOptions = { template: pillow, motifArt: artSource(), fontMetrics: () => wenkaiMetrics(), brandColours: {} };

describe('element paints from the scene', () => {
  it('keeps the paper clip and the bleed clip of a ground that reaches into the waste, and its box content', () => {
    const ground = shape('ground', { x: 10, y: 0, width: 64, height: 144 }, { panelId: 'front' });
    const inside = shape('inside', { x: 20, y: 40, width: 20, height: 20 }, { panelId: 'front' });
    const doc = withElements(emptyDesign(['front']), [ground, inside]);
    const paints = paintsFor(doc, doc.elements, options);
    const g = paints.get('ground')!;
    expect(g.pageClips).toHaveLength(2);
    // the painted rectangle is in box coordinates: grown into the bleed above and below
    const rect = g.nodes[0];
    expect(rect.type).toBe('path');
    const ys = (rect as { d: [string, number, number][] }).d.filter((c) => c.length === 3).map((c) => c[2]);
    expect(Math.min(...ys)).toBeCloseTo(-3, 6);
    expect(Math.max(...ys)).toBeCloseTo(147, 6);
    expect(paints.get('inside')!.pageClips).toBeUndefined();
  });
});
