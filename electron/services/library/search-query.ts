/**
 * Turns whatever a person typed into a safe search. FTS5 has its own query language
 * (quotes, AND/OR/NOT, NEAR, column filters, `*`); a user typing 蝴蝶" or AND( must get
 * results, not a syntax error. So every term is quoted as a literal phrase, and terms
 * shorter than three characters, which a trigram index cannot match, fall back to LIKE
 * with its wildcards escaped.
 */
export interface SearchClause {
  /** SQL condition on the motifs table aliased `m` */
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

export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchClause(query: string): SearchClause | null {
  const terms = splitTerms(query);
  if (terms.length === 0) return null;
  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  const conditions: string[] = [];
  const params: string[] = [];
  if (long.length) {
    conditions.push('m.rowid IN (SELECT rowid FROM motif_fts WHERE motif_fts MATCH ?)');
    params.push(long.map(ftsPhrase).join(' AND '));
  }
  for (const term of short) {
    conditions.push("m.search_text LIKE ? ESCAPE '\\'");
    params.push(likePattern(term));
  }
  return { sql: conditions.join(' AND '), params };
}
