import type { CustomerCard } from './workspaceDoc';
import type { CustomerSummary } from '../insights/summary';
import { stageRank } from '../stages';

/**
 * The customer list's columns and their order: what a whole book of business is sorted
 * and read by. Figures (tier, health, value, last touch, next follow-up) come from the
 * device's summaries; a row without one (figures still being built) sorts last.
 */
export const LIST_COLUMNS = ['name', 'company', 'stage', 'owner', 'tier', 'health', 'value', 'lastTouch', 'nextFollowUp', 'tags', 'created'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export const LIST_COLUMN_LABELS: Record<ListColumn, string> = {
  name: 'Name',
  company: 'Company',
  stage: 'Stage',
  owner: 'Owner',
  tier: 'Tier',
  health: 'Health',
  value: 'Value',
  lastTouch: 'Last touch',
  nextFollowUp: 'Next follow-up',
  tags: 'Tags',
  created: 'Created',
};

/** Shown until the user chooses: today's four, and the two a book of business is run by. */
export const DEFAULT_LIST_COLUMNS: readonly ListColumn[] = ['name', 'company', 'stage', 'owner', 'lastTouch', 'created'];

export interface ListRow {
  card: CustomerCard;
  summary: CustomerSummary | undefined;
  /** The owner by name (the card holds a member id). */
  ownerName: string;
}

export type SortDirection = 'asc' | 'desc';

const HEALTH_RANK = { red: 0, amber: 1, green: 2 } as const;
const TIER_RANK: Record<string, number> = { A: 0, B: 1, C: 2 };

/**
 * A string that sorts with `<` as people expect a list to: accents and case ignored,
 * numbers by value ("C2" before "C10"). Intl.Collator says the same for Latin text but
 * costs about a microsecond a comparison, the whole budget at 5,000 rows; a key is made
 * once per card (cards are immutable values) and compared for free.
 */
function collationKey(text: string): string {
  return fold(text).replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(16, '0'));
}

interface CardKeys {
  name: string;
  company: string;
  tags: string;
}

const cardKeys = new WeakMap<CustomerCard, CardKeys>();

function keysOf(card: CustomerCard): CardKeys {
  let keys = cardKeys.get(card);
  if (!keys) cardKeys.set(card, (keys = { name: collationKey(card.name), company: collationKey(card.company), tags: collationKey(card.tags.join(', ')) }));
  return keys;
}

// A workspace has a handful of owners.
const ownerKeys = new Map<string, string>();

function ownerKey(name: string): string {
  let key = ownerKeys.get(name);
  if (key === undefined) ownerKeys.set(name, (key = collationKey(name)));
  return key;
}

type Key = string | number | null;

/** The value a column sorts by: null for "nothing to sort by", which goes last either way. */
const SORT_KEY: Record<ListColumn, (row: ListRow) => Key> = {
  name: (row) => keysOf(row.card).name,
  company: (row) => (row.card.company ? keysOf(row.card).company : null),
  stage: (row) => stageRank(row.card.stage),
  owner: (row) => (row.ownerName ? ownerKey(row.ownerName) : null),
  tier: (row) => (row.summary ? (TIER_RANK[row.summary.tier] ?? 3) : null),
  health: (row) => (row.summary ? HEALTH_RANK[row.summary.health.level] : null),
  value: (row) => row.summary?.ltv ?? null,
  lastTouch: (row) => row.summary?.lastTouch ?? null,
  // ISO dates: their text order is their date order.
  nextFollowUp: (row) => row.summary?.followUps.nextDue ?? null,
  tags: (row) => (row.card.tags.length ? keysOf(row.card).tags : null),
  created: (row) => row.card.createdAt,
};

/**
 * Sorts a copy by one column. Ties fall back to the name, then the id, so the order is
 * the same on every device; empty values go last in both directions. Keys are computed
 * once per row (a decorate-sort).
 */
export function sortRows(rows: readonly ListRow[], column: ListColumn, direction: SortDirection = 'asc'): ListRow[] {
  const key = SORT_KEY[column];
  const sign = direction === 'asc' ? 1 : -1;
  const decorated = rows.map((row) => ({ row, key: key(row), name: keysOf(row.card).name, id: row.card.id }));
  decorated.sort((x, y) => {
    if (x.key !== y.key) {
      if (x.key === null) return 1;
      if (y.key === null) return -1;
      return sign * (x.key < y.key ? -1 : 1);
    }
    return x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
  return decorated.map((entry) => entry.row);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Cards are immutable values (a new object per change): their folded text is computed once.
const folded = new WeakMap<CustomerCard, string>();
// A workspace has a handful of owners.
const foldedNames = new Map<string, string>();

function searchText(row: ListRow): string {
  let text = folded.get(row.card);
  if (text === undefined) folded.set(row.card, (text = fold([row.card.name, row.card.company, ...row.card.tags].join('\u0000'))));
  if (!row.ownerName) return text;
  let owner = foldedNames.get(row.ownerName);
  if (owner === undefined) foldedNames.set(row.ownerName, (owner = fold(row.ownerName)));
  return `${text}\u0000${owner}`;
}

/** Rows whose name, company, owner's name or a tag holds the query (case and accents ignored). */
export function filterRows(rows: readonly ListRow[], query: string): ListRow[] {
  const needle = fold(query.trim());
  if (!needle) return [...rows];
  return rows.filter((row) => searchText(row).includes(needle));
}
