/**
 * A product field with no value, as the composer shows it: a tinted box over the gap the
 * text keeps for it, with the field's name. Painted on screen only (never in the scene), so
 * nothing of it can reach the PDF, the proof or the shop pictures; the check reports the same
 * field as an error.
 */
import type { FieldMark } from '../../model/design/scene/fields';
import type { PaintEnv } from './paint';

// strong enough to stand out on a dark ground as on paper
const TINT = 'rgba(255, 176, 64, 0.6)';
const EDGE = '#b24a0e';
const NAME = '#5a2200';
// small text on canvas is drawn large and scaled down (see paint.ts)
const SCALE = 100;

export function paintFieldMarks(ctx: CanvasRenderingContext2D, marks: readonly FieldMark[], env: PaintEnv): void {
  for (const m of marks) {
    ctx.save();
    ctx.fillStyle = TINT;
    ctx.fillRect(m.x, m.y, m.width, m.height);
    ctx.strokeStyle = EDGE;
    ctx.lineWidth = Math.min(0.25, m.height / 12);
    ctx.setLineDash([m.height / 6, m.height / 10]);
    ctx.strokeRect(m.x, m.y, m.width, m.height);
    const name = env.lang?.() === 'en' ? m.label.en : m.label.zh;
    const size = m.height * 0.62;
    ctx.beginPath();
    ctx.rect(m.x, m.y, m.width, m.height);
    ctx.clip();
    ctx.scale(1 / SCALE, 1 / SCALE);
    ctx.font = `${size * SCALE}px sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.fillStyle = NAME;
    const fit = Math.min(1, ((m.width - size * 0.3) * SCALE) / Math.max(1, ctx.measureText(name).width));
    ctx.translate((m.x + size * 0.15) * SCALE, (m.y + m.height / 2) * SCALE);
    ctx.scale(fit, 1);
    ctx.fillText(name, 0, 0);
    ctx.restore();
  }
}
