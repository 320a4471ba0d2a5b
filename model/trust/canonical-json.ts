/**
 * RFC 8785 JSON Canonicalization Scheme (JCS), written here rather than taken from a package:
 * it is small, and every studio must produce the very same bytes for the same record, so the
 * rules are kept in one visible place.
 *
 * - object keys are sorted by their UTF-16 code units (JavaScript's own string order);
 * - numbers are written as ECMAScript writes them (Number.prototype.toString, which
 *   JSON.stringify uses: -0 becomes 0, 1e21 stays in exponent form, shortest round trip);
 * - strings are escaped as JSON.stringify escapes them (\b \t \n \f \r \" \\ and \u00xx in
 *   lower-case hex for the other control characters; everything else literal);
 * - no whitespace.
 * NaN, Infinity and lone surrogates have no I-JSON form and are refused, as are values JSON
 * cannot hold (functions, symbols, bigint). `undefined` object members are left out, as
 * JSON.stringify leaves them out, so an optional field that is absent and one that is
 * `undefined` canonicalize alike.
 */
export class CanonicalJsonError extends Error {}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalize(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, where: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${where}: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'string':
      if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(`${where}: string holds a lone surrogate`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? 'null' : write(item, `${where}[${i}]`))).join(',')}]`;
      }
      const entries = Object.keys(value as object)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort();
      return `{${entries.map((k) => `${write(k, where)}:${write((value as Record<string, unknown>)[k], `${where}.${k}`)}`).join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`${where}: a ${typeof value} has no JSON form`);
  }
}
