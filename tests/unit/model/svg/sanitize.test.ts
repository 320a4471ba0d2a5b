import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { sanitizeSvg } from '../../../../model/svg/sanitize';
import { parseXml, type XmlElement } from '../../../../model/svg/xml';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/svg/${name}`, import.meta.url), 'utf8');
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    const err = e as StudioError;
    // every refusal explains itself in both languages
    expect(err.localized.zh.length).toBeGreaterThan(10);
    expect(err.localized.en.length).toBeGreaterThan(10);
    return err.code;
  }
  throw new Error('expected a StudioError, nothing was thrown');
}

/** Every element name and attribute (name=value) in the cleaned output, parsed back. */
function inventory(svg: string): { elements: string[]; attrs: string[]; ids: string[] } {
  const root = parseXml(svg);
  const elements: string[] = [];
  const attrs: string[] = [];
  const ids: string[] = [];
  const walk = (el: XmlElement) => {
    elements.push(el.name);
    for (const a of el.attributes) {
      attrs.push(`${a.name}=${a.value}`);
      if (a.name === 'id') ids.push(a.value);
    }
    for (const c of el.children) if (c.type === 'element') walk(c);
  };
  walk(root);
  return { elements, attrs, ids };
}

/** The cleaned output must contain none of the markers, and must itself re-sanitize unchanged. */
function expectClean(svg: string, forbidden: RegExp[]): void {
  for (const f of forbidden) expect(svg).not.toMatch(f);
  expect(sanitizeSvg(svg).svg).toBe(svg);
}

describe('sanitizeSvg: hostile files', () => {
  it('drops <script> elements and keeps the art', () => {
    const r = sanitizeSvg(fixture('script.svg'));
    expectClean(r.svg, [/script/i, /pwned/, /evil\.example/]);
    expect(inventory(r.svg).ids).toContain('keep');
    expect(r.removed.some((x) => x.includes('<script>'))).toBe(true);
    expect(r.viewBox).toEqual({ x: 0, y: 0, width: 100, height: 100 });
  });

  it('drops every on* event handler and keeps the shapes', () => {
    const r = sanitizeSvg(fixture('onload.svg'));
    const inv = inventory(r.svg);
    expect(inv.attrs.filter((a) => /^on/i.test(a))).toEqual([]);
    expectClean(r.svg, [/pwned/, /steal/]);
    expect(inv.ids).toContain('keep');
    expect(inv.attrs).toContain('fill=#1a3c8f');
    // no viewBox in the file: derived from width/height
    expect(r.viewBox).toEqual({ x: 0, y: 0, width: 100, height: 100 });
    expect(inv.attrs).toContain('viewBox=0 0 100 100');
  });

  it('drops external references (http:, file:) on use, image, gradients, paints and clips', () => {
    const r = sanitizeSvg(fixture('external-href.svg'));
    expectClean(r.svg, [/evil\.example/, /file:/, /passwd/, /secret/]);
    const inv = inventory(r.svg);
    expect(inv.elements).not.toContain('use');
    expect(inv.elements).not.toContain('image');
    expect(inv.ids).toEqual(expect.arrayContaining(['keep', 'keep2', 'g1']));
    // the internal gradient reference is a benign url(#id) and survives
    expect(inv.attrs).toContain('fill=url(#g1)');
    expect(inv.attrs).toContain('stop-color=#ffcc00');
  });

  it('drops javascript: links but keeps the shapes inside them', () => {
    const r = sanitizeSvg(fixture('javascript-href.svg'));
    expectClean(r.svg, [/javascript/i, /pwned/, /alert/]);
    const inv = inventory(r.svg);
    expect(inv.ids).toEqual(expect.arrayContaining(['keep', 'keep2']));
    expect(inv.elements).not.toContain('a');
    expect(inv.elements).not.toContain('use');
  });

  it('drops foreignObject and (X)HTML content', () => {
    const r = sanitizeSvg(fixture('foreign-object.svg'));
    expectClean(r.svg, [/foreignObject/i, /iframe/i, /pwned/, /xhtml/]);
    expect(inventory(r.svg).ids).toContain('keep');
  });

  it('refuses a DOCTYPE with an external (XXE) entity', () => {
    expect(codeOf(() => sanitizeSvg(fixture('xxe.svg')))).toBe('svg.doctype');
  });

  it('refuses the billion laughs entity bomb without expanding it', () => {
    const t0 = Date.now();
    expect(codeOf(() => sanitizeSvg(fixture('billion-laughs.svg')))).toBe('svg.doctype');
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('refuses an entity reference even without a DOCTYPE', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>&xxe;</title></svg>';
    expect(codeOf(() => sanitizeSvg(svg))).toBe('svg.malformed');
  });

  it('refuses 10,000 levels of nesting with svg.too-deep (no stack overflow)', () => {
    const depth = 10_000;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}</svg>`;
    expect(codeOf(() => sanitizeSvg(svg))).toBe('svg.too-deep');
  });

  it('refuses a 60 MB input with svg.too-large, quickly', () => {
    const head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><desc>';
    const svg = head + 'x'.repeat(60 * 1024 * 1024) + '</desc></svg>';
    const t0 = Date.now();
    expect(codeOf(() => sanitizeSvg(svg))).toBe('svg.too-large');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('counts the limit in UTF-8 bytes (Chinese text is 3 bytes a character)', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><desc>${'苗'.repeat(400)}</desc></svg>`;
    expect(svg.length).toBeLessThan(1000);
    expect(codeOf(() => sanitizeSvg(svg, { maxBytes: 1000 }))).toBe('svg.too-large');
    expect(sanitizeSvg(svg, { maxBytes: 2000 }).svg).toContain('苗苗');
  });

  it('refuses too many elements', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">${'<rect width="1" height="1"/>'.repeat(60_000)}</svg>`;
    expect(codeOf(() => sanitizeSvg(svg))).toBe('svg.too-many-elements');
  });

  it('drops animation elements, including ones that would rewrite an href', () => {
    const r = sanitizeSvg(fixture('animation-href.svg'));
    expectClean(r.svg, [/<set/, /animate/i, /discard/, /javascript/i, /pwned/]);
    const inv = inventory(r.svg);
    expect(inv.ids).toContain('keep');
    expect(inv.attrs).toContain('fill=#4b0082');
  });

  it('drops <style> and url() to other sites, but keeps the class colours', () => {
    const r = sanitizeSvg(fixture('style-url.svg'));
    expectClean(r.svg, [/<style/, /@import/, /evil\.example/, /pwned/, /behavior/, /binding/, /background/]);
    const root = parseXml(r.svg);
    const paths = root.children.filter((c): c is XmlElement => c.type === 'element' && c.name === 'path');
    const style = (el: XmlElement) => el.attributes.find((a) => a.name === 'style')?.value ?? '';
    expect(style(paths[0])).toContain('fill:#e4007f');
    // inline style beats the class rule; the class's stroke survives; the hostile paint does not
    expect(style(paths[1])).toContain('stroke:#00a0e9');
    expect(style(paths[1]).split(';').filter((d) => d.startsWith('fill:')).pop()).toBe('fill:#ffd700');
  });

  it('drops data: hrefs other than embedded PNG/JPEG pictures, and keeps those', () => {
    const r = sanitizeSvg(fixture('data-html-href.svg'));
    expectClean(r.svg, [/text\/html/, /image\/svg/, /pwned/, /PHN/]);
    const inv = inventory(r.svg);
    expect(inv.ids).toEqual(expect.arrayContaining(['keep', 'keep2']));
    expect(inv.attrs.some((a) => a.startsWith('xlink:href=data:image/png;base64,iVBOR'))).toBe(true);
    expect(inv.elements.filter((e) => e === 'image')).toHaveLength(1);
  });

  it('refuses processing instructions such as xml-stylesheet', () => {
    const svg = '<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.css"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>';
    expect(codeOf(() => sanitizeSvg(svg))).toBe('svg.processing-instruction');
  });

  it('drops elements in a foreign namespace even when they are called "script" under a prefix', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 1 1">' +
      '<h:script>alert(1)</h:script><s:rect id="k" width="1" height="1"/></svg>';
    const r = sanitizeSvg(svg);
    expect(r.svg).not.toMatch(/script|alert/);
    // the prefixed SVG element is kept and written without prefix
    expect(r.svg).toContain('<rect id="k"');
  });

  it('refuses a file whose root is not <svg>, and an <svg> without any size', () => {
    expect(codeOf(() => sanitizeSvg('<html><body/></html>'))).toBe('svg.not-svg');
    expect(codeOf(() => sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toBe('svg.no-size');
    expect(codeOf(() => sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 0 10"/>'))).toBe('svg.no-size');
  });

  it('refuses bad path data with svg.bad-path', () => {
    expect(codeOf(() => sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M 0 0 L 1 x"/></svg>'))).toBe('svg.bad-path');
  });
});

describe('sanitizeSvg: ordinary files', () => {
  it('keeps an Illustrator export intact, with its class colours and Chinese title', () => {
    const r = sanitizeSvg(fixture('illustrator-motif.svg'));
    const inv = inventory(r.svg);
    expect(r.viewBox).toEqual({ x: 0, y: 0, width: 200, height: 100 });
    expect(inv.elements.filter((e) => e === 'path')).toHaveLength(2);
    expect(inv.elements).toContain('line');
    expect(r.svg).toContain('蝴蝶纹 butterfly motif');
    expect(inv.attrs.filter((a) => a.includes('fill:#1B3A6B'))).toHaveLength(2);
    expect(inv.attrs.some((a) => a.includes('stroke:#C8102E') && a.includes('stroke-width:2'))).toBe(true);
    // Illustrator's enable-background is not ours to keep, and is reported
    expect(r.removed.some((x) => x.includes('enable-background'))).toBe(true);
  });

  it('reports physical size when the root gives millimetres', () => {
    const r = sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="50mm" height="2.54cm"/>');
    expect(r.sizeMm?.width).toBeCloseTo(50, 9);
    expect(r.sizeMm?.height).toBeCloseTo(25.4, 9);
    // without a viewBox, user units are CSS px at 96 per inch
    expect(r.viewBox.width).toBeCloseTo((50 / 25.4) * 96, 9);
    expect(r.viewBox.height).toBeCloseTo(96, 9);
  });

  it('escapes text and attribute values on output', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>a &lt;b&gt; &amp; "c"</title><g id="x&amp;y"/></svg>';
    const r = sanitizeSvg(svg);
    expect(parseXml(r.svg).children[0]).toEqual({ type: 'element', name: 'title', attributes: [], children: [{ type: 'text', value: 'a <b> & "c"' }] });
  });
});
