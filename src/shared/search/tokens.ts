/**
 * One tokenizer for indexing, querying and snippets, so a highlighted range is
 * exactly a word the index matched. Words are runs of letters and digits (any
 * script); terms are lowercased with diacritics removed ("José" is found by "jose").
 */
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function normalizeTerm(term: string): string {
  const lower = term.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

export interface Token {
  term: string;
  start: number;
  end: number;
}

/** Tokens with their offsets in the original text. */
export function tokensWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ term: normalizeTerm(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}
