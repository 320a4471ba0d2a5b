import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../model/localized';
import { parseXml, utf8Length } from '../../../../model/svg/xml';

function failure(text: string, limits = {}): StudioError {
  try {
    parseXml(text, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(StudioError);
    return e as StudioError;
  }
  throw new Error('expected a StudioError');
}

describe('parseXml', () => {
  it('reads elements, attributes, text, comments and CDATA', () => {
    const root = parseXml('\uFEFF<?xml version="1.0"?>\n<!-- hi --><svg a="1" b=\'x &amp; &#x41;&#66;\'><title>t&lt;</title><!--c--><desc><![CDATA[<raw>&amp;]]></desc><g/></svg>\n');
    expect(root.name).toBe('svg');
    expect(root.attributes).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'x & AB' },
    ]);
    expect(root.children).toEqual([
      { type: 'element', name: 'title', attributes: [], children: [{ type: 'text', value: 't<' }] },
      { type: 'comment', value: 'c' },
      { type: 'element', name: 'desc', attributes: [], children: [{ type: 'text', value: '<raw>&amp;', cdata: true }] },
      { type: 'element', name: 'g', attributes: [], children: [] },
    ]);
  });

  it('normalises whitespace characters in attribute values', () => {
    expect(parseXml('<svg d="M0\n0\tL1\r1"/>').attributes[0].value).toBe('M0 0 L1 1');
  });

  it('reports malformed XML with its line and column in both languages', () => {
    const err = failure('<svg>\n  <g>\n  </h>\n</svg>');
    expect(err.code).toBe('svg.malformed');
    expect(err.details).toEqual({ line: 3, column: 3 });
    expect(err.localized.zh).toContain('第 3 行');
    expect(err.localized.en).toContain('line 3');
    expect(err.localized.en).toContain('</h>');
  });

  it('refuses the common kinds of broken XML', () => {
    const bad = [
      '',
      'plain text',
      '<svg>',
      '<svg></g>',
      '<svg a=1/>',
      '<svg a="1" a="2"/>',
      '<svg a="1"b="2"/>',
      '<svg a="<"/>',
      '<svg/>trailing',
      '<svg/><svg/>',
      '<svg>&unknown;</svg>',
      '<svg>& alone</svg>',
      '<svg>&#0;</svg>',
      '<svg><!-- open </svg>',
      '<svg><![CDATA[ open </svg>',
      '<svg><!WHAT></svg>',
      '<1svg/>',
    ];
    for (const text of bad) expect(failure(text).code, JSON.stringify(text)).toBe('svg.malformed');
  });

  it('refuses DTD declarations anywhere, in any case', () => {
    expect(failure('<!doctype svg><svg/>').code).toBe('svg.doctype');
    expect(failure('<svg><!ENTITY x "y"></svg>').code).toBe('svg.doctype');
    expect(failure('<svg><!ATTLIST svg a CDATA "1"></svg>').code).toBe('svg.doctype');
  });

  it('refuses processing instructions other than the leading XML declaration', () => {
    expect(failure('<svg><?php echo 1 ?></svg>').code).toBe('svg.processing-instruction');
    expect(failure('<!-- x --><?xml-stylesheet href="a.css"?><svg/>').code).toBe('svg.processing-instruction');
  });

  it('enforces the depth, element, attribute and size limits', () => {
    expect(parseXml('<a><b><c/></b></a>', { maxDepth: 3 }).name).toBe('a');
    expect(failure('<a><b><c><d/></c></b></a>', { maxDepth: 3 }).code).toBe('svg.too-deep');
    expect(parseXml('<a><b/><b/></a>', { maxElements: 3 }).children).toHaveLength(2);
    expect(failure('<a><b/><b/><b/></a>', { maxElements: 3 }).code).toBe('svg.too-many-elements');
    expect(failure('<a x="1" y="2" z="3"/>', { maxAttributes: 2 }).code).toBe('svg.too-many-attributes');
    expect(failure('<a/>'.padEnd(11, ' '), { maxBytes: 10 }).code).toBe('svg.too-large');
  });

  it('measures UTF-8 like the encoder does', () => {
    for (const s of ['abc', '苗族', 'é', '😀x', '\ud800lone']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
