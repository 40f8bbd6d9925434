import { tokensWithOffsets } from './tokens';
import type { SearchField } from './fields';

/** A highlighted span of a snippet's text: [start, end) in UTF-16 units. */
export interface MatchRange {
  start: number;
  end: number;
}

/**
 * Plain text plus the ranges to highlight: never HTML, so the UI renders it as text
 * (e.g. text.slice() pieces in <mark>) and a notebook cannot inject markup.
 */
export interface Snippet {
  field: SearchField;
  text: string;
  ranges: MatchRange[];
  /** Text was cut before / after the snippet: show an ellipsis. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

const SPACE = /\s/;

/**
 * The passage of `text` of at most `maxLength` characters holding the most words in
 * `terms` (normalized index terms, as a search result lists them), cut at word
 * boundaries, with whitespace (newlines included) shown as plain spaces.
 * Returns null when no word of the text is in `terms`.
 */
export function makeSnippet(field: SearchField, text: string, terms: ReadonlySet<string>, maxLength = 160): Snippet | null {
  const matches = tokensWithOffsets(text).filter((t) => terms.has(t.term));
  if (matches.length === 0) return null;

  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    // Densest window: for each match as the first, count matches ending inside the window.
    let best = 0;
    let bestCount = 0;
    let j = 0;
    for (let i = 0; i < matches.length; i++) {
      if (j < i) j = i;
      while (j + 1 < matches.length && matches[j + 1].end - matches[i].start <= maxLength) j++;
      if (j - i + 1 > bestCount) {
        bestCount = j - i + 1;
        best = i;
      }
    }
    const first = matches[best];
    const last = matches[best + bestCount - 1];
    const slack = Math.max(0, maxLength - (last.end - first.start));
    start = Math.max(0, first.start - Math.floor(slack / 3));
    end = Math.min(text.length, start + maxLength);
    if (end === text.length) start = Math.max(0, end - maxLength);
    // Never cut a word in two: move inwards to the nearest space, but keep the matches.
    if (start > 0 && !SPACE.test(text[start - 1])) {
      let s = start;
      while (s < first.start && !SPACE.test(text[s - 1])) s++;
      start = s;
    }
    if (end < text.length && !SPACE.test(text[end])) {
      let e = end;
      while (e > last.end && !SPACE.test(text[e])) e--;
      end = e;
    }
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
  }
  const ranges: MatchRange[] = [];
  for (const m of matches) if (m.start >= start && m.end <= end) ranges.push({ start: m.start - start, end: m.end - start });
  return {
    field,
    // \s matches single UTF-16 units, so replacing them one for one keeps every offset.
    text: text.slice(start, end).replace(/\s/g, ' '),
    ranges,
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}
