import { useEffect, useMemo } from 'react';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import type { CustomerSummary } from '../../shared/insights/summary';
import { applySegment } from '../../shared/search/segments';
import { filterCards, sortCards, type CardSortKey, type SortDirection } from '../../shared/model/sortCards';
import { useInsights } from '../insights/useInsights';
import { CustomerList } from './CustomerList';
import type { ListFilter } from './SegmentBar';
import { usePeople } from '../people/usePeople';
import { personName } from '../../shared/model/members';

interface Props {
  cards: CustomerCard[];
  filter: ListFilter;
  text: string;
  showArchived: boolean;
  sortKey: CardSortKey;
  direction: SortDirection;
  onArchive: (id: string, archived: boolean) => void;
  onCount: (count: number) => void;
}

const NO_SUMMARIES = new Map<string, CustomerSummary>();

function useFiltered(props: Props, summaries: ReadonlyMap<string, CustomerSummary>): CustomerCard[] {
  const { cards, filter, text, showArchived, sortKey, direction } = props;
  const { directory } = usePeople();
  return useMemo(() => {
    const byText = filterCards(cards, text, showArchived, (owner) => personName(owner, directory));
    const segment = {
      id: 'list',
      name: 'list',
      stages: filter.stage ? [filter.stage] : undefined,
      tiers: filter.tier ? [filter.tier] : undefined,
      health: filter.health ? [filter.health] : undefined,
      archived: showArchived ? ('include' as const) : ('exclude' as const),
    };
    return sortCards(applySegment(segment, byText, summaries), sortKey, direction);
  }, [cards, filter, text, showArchived, sortKey, direction, summaries, directory]);
}

/**
 * The list, filtered. Tier and health come from figures computed over every
 * customer: only a list filtered by them waits for those figures.
 */
export function FilteredCustomerList(props: Props) {
  return props.filter.tier || props.filter.health ? <WithFigures {...props} /> : <Plain {...props} />;
}

function Plain(props: Props) {
  return <Shown {...props} visible={useFiltered(props, NO_SUMMARIES)} />;
}

function WithFigures(props: Props) {
  const { summaries } = useInsights();
  return <Shown {...props} visible={useFiltered(props, summaries.byId)} />;
}

function Shown(props: Props & { visible: CustomerCard[] }) {
  const { visible, onCount } = props;
  useEffect(() => onCount(visible.length), [visible, onCount]);
  return <CustomerList cards={visible} onArchive={props.onArchive} emptyMessage={props.text ? `No customer matches “${props.text}”.` : 'No customer matches these filters.'} />;
}
