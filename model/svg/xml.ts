/**
 * A small, strict XML parser for SVG intake.
 *
 * Why our own parser: model/ must run unchanged in the renderer, in Node and in tests, without
 * a DOM or native XML library. Being strict is also the safety story: DTDs are never read, so
 * external entities (XXE) and entity expansion bombs ("billion laughs") cannot happen; hard
 * limits on size, element count and depth keep a hostile file from exhausting memory or the
 * stack (the parser is iterative, never recursive).
 */
import { doctypeError, malformedError, processingInstructionError, tooDeepError, tooLargeError, tooManyAttributesError, tooManyElementsError } from './xml-errors';

export { tooLargeError } from './xml-errors';

export interface XmlAttribute {
  /** qualified name as written, e.g. "xlink:href" */
  name: string;
  /** value with entities decoded and whitespace normalised as XML requires */
  value: string;
}

export interface XmlElement {
  type: 'element';
  /** qualified name as written, e.g. "svg" or "svg:path" */
  name: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
}

export interface XmlText {
  type: 'text';
  value: string;
  cdata?: boolean;
}

export interface XmlComment {
  type: 'comment';
  value: string;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

export interface XmlLimits {
  /** UTF-8 size of the input */
  maxBytes: number;
  maxElements: number;
  maxDepth: number;
  maxAttributes: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxElements: 50_000,
  maxDepth: 64,
  maxAttributes: 256,
};

/** hard ceiling on maxDepth, far below what the JS call stack takes */
const MAX_SAFE_DEPTH = 256;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const DTD_KEYWORDS = ['DOCTYPE', 'ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'];

/** Byte length in UTF-8 without allocating (works for lone surrogates too). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

class Parser {
  private pos = 0;
  private elementCount = 0;

  constructor(
    private readonly src: string,
    private readonly limits: XmlLimits,
  ) {}

  parse(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (this.src.startsWith('<?xml', this.pos) && /[\s?]/.test(this.src.charAt(this.pos + 5))) {
      const end = this.src.indexOf('?>', this.pos);
      if (end < 0) this.fail('the XML declaration "<?xml ... ?>" is not closed', 'XML 声明 "<?xml ... ?>" 没有结束');
      this.pos = end + 2;
    }
    this.skipMisc();
    if (this.pos >= this.src.length || this.src[this.pos] !== '<') {
      this.fail('expected the root element "<svg ...>"', '应当以根元素 "<svg ...>" 开始');
    }
    const root = this.parseTree();
    this.skipMisc();
    if (this.pos < this.src.length) {
      this.fail('there is content after the end of the root element', '根元素结束之后还有多余内容');
    }
    return root;
  }

  /** Whitespace, comments, and the forbidden declarations, outside the root element. */
  private skipMisc(): void {
    for (;;) {
      while (this.pos < this.src.length && isSpace(this.src.charCodeAt(this.pos))) this.pos++;
      if (this.src.startsWith('<!--', this.pos)) {
        this.readComment();
        continue;
      }
      if (this.src.startsWith('<!', this.pos)) this.declaration();
      if (this.src.startsWith('<?', this.pos)) this.processingInstruction();
      return;
    }
  }

  private parseTree(): XmlElement {
    const stack: XmlElement[] = [];
    let root: XmlElement | null = null;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '<') {
        const next = this.src[this.pos + 1];
        if (next === '/') {
          const tagStart = this.pos;
          const name = this.closeTag();
          const open = stack.pop();
          if (!open) this.fail(`unexpected closing tag </${name}>`, `多余的结束标签 </${name}>`, tagStart);
          if (open.name !== name) {
            this.fail(`closing tag </${name}> does not match <${open.name}>`, `结束标签 </${name}> 与 <${open.name}> 不匹配`, tagStart);
          }
          if (stack.length === 0) return open;
          continue;
        }
        if (next === '!') {
          if (this.src.startsWith('<!--', this.pos)) {
            const value = this.readComment();
            this.top(stack).children.push({ type: 'comment', value });
            continue;
          }
          if (this.src.startsWith('<![CDATA[', this.pos)) {
            const end = this.src.indexOf(']]>', this.pos + 9);
            if (end < 0) this.fail('a CDATA section is not closed', 'CDATA 段没有结束');
            if (stack.length === 0) this.fail('CDATA outside the root element', 'CDATA 出现在根元素之外');
            this.top(stack).children.push({ type: 'text', value: this.src.slice(this.pos + 9, end), cdata: true });
            this.pos = end + 3;
            continue;
          }
          this.declaration();
        }
        if (next === '?') this.processingInstruction();
        const { element, selfClosing } = this.openTag(stack.length + 1);
        if (stack.length === 0) {
          if (root) this.fail('there is more than one root element', '有多个根元素');
          root = element;
        } else this.top(stack).children.push(element);
        if (selfClosing) {
          if (stack.length === 0) return element;
        } else stack.push(element);
        continue;
      }
      const start = this.pos;
      let end = this.src.indexOf('<', start);
      if (end < 0) end = this.src.length;
      const raw = this.src.slice(start, end);
      if (stack.length === 0) {
        if (raw.trim() !== '') this.fail('text outside the root element', '根元素之外有文字');
      } else {
        this.top(stack).children.push({ type: 'text', value: this.decode(raw, start) });
      }
      this.pos = end;
    }
    const open = stack[stack.length - 1];
    this.fail(open ? `the element <${open.name}> is never closed` : 'the file ends too early', open ? `元素 <${open.name}> 没有结束标签` : '文件提前结束');
  }

  private top(stack: XmlElement[]): XmlElement {
    return stack[stack.length - 1];
  }

  private openTag(depth: number): { element: XmlElement; selfClosing: boolean } {
    if (depth > this.limits.maxDepth) {
      throw tooDeepError(this.limits.maxDepth);
    }
    if (++this.elementCount > this.limits.maxElements) {
      throw tooManyElementsError(this.limits.maxElements);
    }
    this.pos++; // '<'
    const name = this.readName('an element name', '元素名');
    const element: XmlElement = { type: 'element', name, attributes: [], children: [] };
    const seen = new Set<string>();
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.src.startsWith('/>', this.pos)) {
        this.pos += 2;
        return { element, selfClosing: true };
      }
      if (this.src[this.pos] === '>') {
        this.pos++;
        return { element, selfClosing: false };
      }
      if (this.pos >= this.src.length) this.fail(`the tag <${name}> is not closed`, `标签 <${name}> 没有结束`);
      if (!hadSpace) this.fail(`expected a space before the next attribute in <${name}>`, `<${name}> 的属性之间缺少空格`);
      const attrName = this.readName('an attribute name', '属性名');
      this.skipSpace();
      if (this.src[this.pos] !== '=') this.fail(`attribute "${attrName}" has no value`, `属性 "${attrName}" 没有值`);
      this.pos++;
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`the value of "${attrName}" must be in quotes`, `属性 "${attrName}" 的值必须用引号括起来`);
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail(`the value of "${attrName}" is not closed`, `属性 "${attrName}" 的值没有结束引号`);
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail(`the value of "${attrName}" contains "<"`, `属性 "${attrName}" 的值里不能有 "<"`);
      if (seen.has(attrName)) this.fail(`attribute "${attrName}" appears twice`, `属性 "${attrName}" 重复出现`);
      seen.add(attrName);
      if (seen.size > this.limits.maxAttributes) {
        throw tooManyAttributesError(name, this.limits.maxAttributes);
      }
      const value = this.decode(raw, this.pos + 1).replace(/[\t\n\r]/g, ' ');
      element.attributes.push({ name: attrName, value });
      this.pos = end + 1;
    }
  }

  private closeTag(): string {
    this.pos += 2;
    const name = this.readName('an element name', '元素名');
    this.skipSpace();
    if (this.src[this.pos] !== '>') this.fail(`the closing tag </${name}> is not closed`, `结束标签 </${name}> 没有结束`);
    this.pos++;
    return name;
  }

  private readName(whatEn: string, whatZh: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`expected ${whatEn}`, `这里应当是${whatZh}`);
    this.pos += m[0].length;
    return m[0];
  }

  private readComment(): string {
    const end = this.src.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('a comment "<!--" is not closed', '注释 "<!--" 没有结束');
    const value = this.src.slice(this.pos + 4, end);
    this.pos = end + 3;
    return value;
  }

  /** Any "<!" that is not a comment or CDATA: DTD declarations are refused outright. */
  private declaration(): never {
    const word = /^<!\s*([A-Za-z]+)/.exec(this.src.slice(this.pos, this.pos + 20));
    if (word && DTD_KEYWORDS.includes(word[1].toUpperCase())) {
      throw doctypeError(this.position(this.pos));
    }
    this.fail('unexpected "<!" markup', '无法识别的 "<!" 标记');
  }

  private processingInstruction(): never {
    throw processingInstructionError(this.position(this.pos));
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.src.length && isSpace(this.src.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  private decode(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&]*);?/g, (match, body: string, index: number) => {
      if (!match.endsWith(';')) this.fail('"&" must start an entity such as &amp;', '"&" 必须写成 &amp; 这样的实体', offset + index);
      if (PREDEFINED[body] !== undefined) return PREDEFINED[body];
      const num = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
      if (num) {
        const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2], 10);
        const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff);
        if (valid) return String.fromCodePoint(code);
      }
      this.fail(
        `unknown entity "&${body.slice(0, 20)};" (entities from a DTD are not allowed)`,
        `无法识别的实体 "&${body.slice(0, 20)};"（不允许使用 DTD 定义的实体）`,
        offset + index,
      );
    });
  }

  private position(at: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at && i < this.src.length; i++) {
      if (this.src.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: at - lineStart + 1 };
  }

  private fail(detailEn: string, detailZh: string, at = this.pos): never {
    const { line, column } = this.position(at);
    throw malformedError(line, column, detailEn, detailZh);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Parse an SVG/XML document into a tree. Throws StudioError with code svg.malformed,
 * svg.doctype, svg.processing-instruction, svg.too-large, svg.too-deep, svg.too-many-elements
 * or svg.too-many-attributes; never anything else.
 */
export function parseXml(text: string, limits: Partial<XmlLimits> = {}): XmlElement {
  const all: XmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  // the sanitizer and converter walk the tree recursively: never allow a depth that could
  // exhaust the call stack, whatever a caller asks for
  all.maxDepth = Math.min(all.maxDepth, MAX_SAFE_DEPTH);
  // Cheap test first: a UTF-8 byte count is never below the UTF-16 length.
  if (text.length > all.maxBytes) throw tooLargeError(null, all.maxBytes);
  const bytes = utf8Length(text);
  if (bytes > all.maxBytes) throw tooLargeError(bytes, all.maxBytes);
  return new Parser(text, all).parse();
}

/** Local part of a qualified name: "svg:path" -> "path". */
export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Prefix of a qualified name, or "" when there is none. */
export function prefixOf(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i);
}
