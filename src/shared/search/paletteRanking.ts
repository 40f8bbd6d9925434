import { normalizeTerm } from './tokens';

/**
 * The command palette's order (issue 11, part 8): a query that names a view or an
 * action runs that command on Enter, so commands come first when they match;
 * customers matched by name next (then those matched by company, owner or tag);
 * customers found only in their notes last, in a group of their own ("In notes").
 * Before this, "settings" + Enter opened a customer whose notes said "settings".
 */

export interface PaletteCommand {
  id: string;
  label: string;
}

export interface PaletteCustomer {
  id: string;
  name: string;
}

export interface PaletteRanking<C extends PaletteCommand, P extends PaletteCustomer> {
  commands: C[];
  customers: P[];
  /** Ids of customers found by the full-text index only (not among `customers`). */
  inNotes: string[];
}

/** How well `label` matches a query: 0 the whole label, 1 its start, 2 a word's start, 3 anywhere; null no match. */
export function labelMatch(label: string, query: string): number | null {
  const needle = normalizeTerm(query.trim()).replace(/\s+/g, ' ');
  if (!needle) return null;
  const text = normalizeTerm(label);
  if (text === needle) return 0;
  if (text.startsWith(needle)) return 1;
  const at = text.indexOf(needle);
  if (at < 0) return null;
  // A word's start: after anything that is not a letter or digit ("log interaction…", "e-mail").
  for (let i = at; i >= 0; i = text.indexOf(needle, i + 1)) if (!/[\p{L}\p{N}]/u.test(text[i - 1])) return 2;
  return 3;
}

/** Stable sort by match score; entries that do not match are left out. */
function byMatch<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  const scored: { item: T; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    const score = labelMatch(text(item), query);
    if (score !== null) scored.push({ item, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.item);
}

/**
 * `nameMatches`: the customers the list's filter matched (name, company, owner,
 * tags), in the caller's order; `textHits`: full-text hits, best first; at most
 * `customerLimit` customers by name (a notes hit past it shows "In notes"). With
 * an empty query every command shows, in the given order.
 */
export function rankPalette<C extends PaletteCommand, P extends PaletteCustomer>(
  query: string,
  commands: readonly C[],
  nameMatches: readonly P[],
  textHits: readonly string[],
  customerLimit = Infinity,
): PaletteRanking<C, P> {
  if (!query.trim()) return { commands: [...commands], customers: nameMatches.slice(0, customerLimit), inNotes: [] };
  const byName = byMatch(nameMatches, query, (c) => c.name);
  const named = new Set(byName.map((c) => c.id));
  const customers = [...byName, ...nameMatches.filter((c) => !named.has(c.id))].slice(0, customerLimit);
  const shown = new Set(customers.map((c) => c.id));
  const inNotes: string[] = [];
  for (const id of textHits) {
    if (shown.has(id)) continue;
    shown.add(id);
    inNotes.push(id);
  }
  return { commands: byMatch(commands, query, (c) => c.label), customers, inNotes };
}
