/**
 * A pinhole camera for the mockups: the piece sits at the origin (mm, y up, z towards the
 * viewer), the camera turns around it by a yaw and looks down on it by a pitch, and points are
 * projected with a mild perspective (the camera stands a few piece-sizes away, as a product
 * photographer's longer lens does). Screen coordinates come out y down, fitted to a frame.
 */
import type { Point } from './warp';

export type Vec3 = [number, number, number];

export interface View {
  yawDeg: number;
  pitchDeg: number;
  /** camera distance as a multiple of the piece's largest dimension */
  distance: number;
}

export function rotateToCamera(p: Vec3, view: View): Vec3 {
  const yaw = (view.yawDeg * Math.PI) / 180;
  const pitch = (view.pitchDeg * Math.PI) / 180;
  const x1 = p[0] * Math.cos(yaw) + p[2] * Math.sin(yaw);
  const z1 = -p[0] * Math.sin(yaw) + p[2] * Math.cos(yaw);
  const y2 = p[1] * Math.cos(pitch) - z1 * Math.sin(pitch);
  const z2 = p[1] * Math.sin(pitch) + z1 * Math.cos(pitch);
  return [x1, y2, z2];
}

/** Projects to unfitted screen units (y down). */
export function projector(view: View, sizeMm: number): (p: Vec3) => Point {
  const d = view.distance * sizeMm;
  return (p) => {
    const [x, y, z] = rotateToCamera(p, view);
    const k = d / (d - z);
    return [x * k, -y * k];
  };
}

/** Scale and offset that fit the points into a box (left, top, width, height), centred. */
export function fitInto(points: Point[], box: { left: number; top: number; width: number; height: number }): (p: Point) => Point {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const w = Math.max(...xs) - minX;
  const h = Math.max(...ys) - minY;
  const s = Math.min(box.width / w, box.height / h);
  const ox = box.left + (box.width - w * s) / 2 - minX * s;
  const oy = box.top + (box.height - h * s) / 2 - minY * s;
  return (p) => [p[0] * s + ox, p[1] * s + oy];
}

export function normalize(v: Vec3): Vec3 {
  const n = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / n, v[1] / n, v[2] / n];
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
