import { hasCjk, spaceCjk } from './search-text';

/**
 * Turns whatever a person typed into a safe search. FTS5 has its own query language
 * (quotes, AND/OR/NOT, NEAR, column filters, `*`); a user typing 蝴蝶" or AND( must get
 * results, not a syntax error. So every term is quoted as a literal phrase, and terms
 * shorter than three characters, which a trigram index cannot match, fall back to LIKE
 * with its wildcards escaped.
 */
export interface SearchClause {
  /** a SELECT of matching motif rowids (FTS lookups intersected; LIKE only for short Latin terms) */
  sql: string;
  params: string[];
}

const MAX_TERMS = 8;

export function splitTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,，、;；]+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
}

export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function searchClause(query: string): SearchClause | null {
  const terms = splitTerms(query);
  if (terms.length === 0) return null;
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const selects: string[] = [];
  const params: string[] = [];
  if (long.length) {
    selects.push('SELECT rowid FROM motif_fts WHERE motif_fts MATCH ?');
    params.push(long.map(ftsPhrase).join(' AND '));
  }
  const cjk = short.filter(hasCjk);
  if (cjk.length) {
    selects.push('SELECT rowid FROM motif_chars WHERE motif_chars MATCH ?');
    params.push(cjk.map((t) => ftsPhrase(spaceCjk(t))).join(' AND '));
  }
  // one or two Latin letters or digits: a word-prefix match ("42" finds "42", "420"), which an
  // index answers; a substring scan of every record would cost more than the whole search
  const latin = short.filter((t) => !hasCjk(t)).map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  if (latin.length) {
    selects.push('SELECT rowid FROM motif_chars WHERE motif_chars MATCH ?');
    params.push(latin.map((t) => `${ftsPhrase(t)}*`).join(' AND '));
  }
  if (selects.length === 0) selects.push('SELECT rowid FROM motifs WHERE 0');
  return { sql: selects.join(' INTERSECT '), params };
}

/** An FTS query over the names index: every typed term as a phrase of words / single CJK characters. */
export function namePhrase(query: string): string | null {
  const terms = splitTerms(query)
    .map((t) => spaceCjk(t).replace(/[^\p{L}\p{N}\s]/gu, ' ').trim())
    .filter(Boolean);
  return terms.length ? terms.map(ftsPhrase).join(' AND ') : null;
}
