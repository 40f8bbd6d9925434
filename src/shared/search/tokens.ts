/**
 * One tokenizer for indexing, querying and snippets, so a highlighted range is
 * exactly a word the index matched. Words are runs of letters, digits and combining
 * marks (any script); terms are lowercased with diacritics removed ("José" is found
 * by "jose").
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
/** Anything beyond printable ASCII and whitespace needs the Unicode path. */
const NOT_PLAIN = /[^\s -~]/;
const MARKS = /\p{M}+/gu;

/**
 * Normalized terms of a text, in order. The whole text is lowercased once and,
 * when it is plain ASCII (most notes), split with an ASCII pattern: several times
 * faster than normalizing word by word, which matters for 10 million characters.
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  if (!NOT_PLAIN.test(lower)) return lower.match(ASCII_WORD) ?? [];
  return lower.normalize('NFD').replace(MARKS, '').match(WORD) ?? [];
}

export function normalizeTerm(term: string): string {
  const lower = term.toLowerCase();
  return NOT_PLAIN.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Words with their offsets in the original text, each with its normalized term. */
export function tokensWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ term: normalizeTerm(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}
