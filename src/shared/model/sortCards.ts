import { stageRank } from '../stages';
import type { CustomerCard } from './workspaceDoc';

export type CardSortKey = 'name' | 'company' | 'stage' | 'created';
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARATORS: Record<CardSortKey, (a: CustomerCard, b: CustomerCard) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  company: (a, b) => collator.compare(a.company, b.company) || collator.compare(a.name, b.name),
  stage: (a, b) => stageRank(a.stage) - stageRank(b.stage) || collator.compare(a.name, b.name),
  created: (a, b) => a.createdAt - b.createdAt || collator.compare(a.name, b.name),
};

/** Sorts a copy; ties fall back to the name, then the id, so the order is stable across devices. */
export function sortCards(cards: readonly CustomerCard[], key: CardSortKey, direction: SortDirection = 'asc'): CustomerCard[] {
  const compare = COMPARATORS[key];
  const sign = direction === 'asc' ? 1 : -1;
  return [...cards].sort((a, b) => sign * compare(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Case- and accent-insensitive match on name, company, owner and tags. The owner is a
 * member id: pass `ownerName` to match the name people see (and type).
 */
export function filterCards(cards: readonly CustomerCard[], query: string, includeArchived: boolean, ownerName: (owner: string) => string = (owner) => owner): CustomerCard[] {
  const needle = normalize(query.trim());
  return cards.filter((card) => {
    if (card.archived && !includeArchived) return false;
    if (!needle) return true;
    return [card.name, card.company, ownerName(card.owner), ...card.tags].some((text) => normalize(text).includes(needle));
  });
}

function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
