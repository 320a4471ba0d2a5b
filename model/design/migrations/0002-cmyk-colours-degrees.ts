import { isRecord, type MigrationStep, type RawDesign } from './types';

/**
 * Version 1 (the first composer prototype) stored colours as strings, either a screen
 * "#rrggbb" or the name of a brand colour, and rotation in radians as fabric reports it.
 * Version 2 stores print colours (CMYK or spot) or brand references, and degrees.
 *
 * The hex -> CMYK conversion is the naive device formula. It is deliberately kept here,
 * not imported, so this shipped step never changes when the app's colour code does.
 */
function hexToCmyk(hex: string): { c: number; m: number; y: number; k: number } {
  const n = parseInt(hex.slice(1), 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const k = 1 - Math.max(r, g, b);
  if (k >= 1) return { c: 0, m: 0, y: 0, k: 100 };
  const part = (v: number) => Math.round(((1 - v - k) / (1 - k)) * 1000) / 10;
  return { c: part(r), m: part(g), y: part(b), k: Math.round(k * 1000) / 10 };
}

function colourRef(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const hex = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return { cmyk: hexToCmyk(hex) };
  if (/^#[0-9a-f]{3}$/.test(hex)) {
    const long = '#' + hex.slice(1).split('').map((ch) => ch + ch).join('');
    return { cmyk: hexToCmyk(long) };
  }
  return { brand: value.trim() };
}

function colourMap(map: unknown): unknown {
  if (!isRecord(map)) return map;
  const out: RawDesign = {};
  for (const [key, value] of Object.entries(map)) out[key] = colourRef(value);
  return out;
}

function element(el: unknown): unknown {
  if (!isRecord(el)) return el;
  const out: RawDesign = { ...el };
  if (isRecord(el.transform) && typeof el.transform.rotation === 'number') {
    const degrees = (el.transform.rotation * 180) / Math.PI;
    out.transform = { ...el.transform, rotation: Math.round(degrees * 1e6) / 1e6 };
  }
  if ('colourMap' in el) out.colourMap = colourMap(el.colourMap);
  if ('colour' in el) out.colour = colourRef(el.colour);
  if ('fill' in el) out.fill = colourRef(el.fill);
  if (isRecord(el.stroke)) out.stroke = { ...el.stroke, colour: colourRef(el.stroke.colour) };
  return out;
}

export const step0002: MigrationStep = {
  version: 2,
  name: 'print colours instead of screen hex, rotation in degrees',
  up(doc) {
    const elements = Array.isArray(doc.elements) ? doc.elements.map(element) : doc.elements;
    return { ...doc, schemaVersion: 2, elements };
  },
};
