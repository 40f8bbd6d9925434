import { useEffect, useMemo } from 'react';
import type { CustomerCard } from '../../shared/model/workspaceDoc';
import type { CustomerSummary } from '../../shared/insights/summary';
import { applySegment } from '../../shared/search/segments';
import { filterCards } from '../../shared/model/sortCards';
import { sortRows, type ListColumn, type ListRow } from '../../shared/model/listRows';
import { personName } from '../../shared/model/members';
import { useInsights } from '../insights/useInsights';
import { usePeople } from '../people/usePeople';
import { CustomerList, type ListSort } from './CustomerList';
import type { ListFilter } from './SegmentBar';
import { FIGURE_COLUMNS } from './list/listColumns';

interface Props {
  cards: CustomerCard[];
  filter: ListFilter;
  text: string;
  showArchived: boolean;
  columns: readonly ListColumn[];
  sort: ListSort;
  onSort: (column: ListColumn) => void;
  selected: ReadonlySet<string>;
  onSelect: (rows: readonly ListRow[], index: number, selected: boolean, range: boolean) => void;
  onSelectAll: (rows: readonly ListRow[], selected: boolean) => void;
  onArchive: (id: string, archived: boolean) => void;
  /** The rows shown, in their order (for the count, exports and bulk actions). */
  onShown: (rows: readonly ListRow[]) => void;
}

const NO_SUMMARIES = new Map<string, CustomerSummary>();

function useRows(props: Props, summaries: ReadonlyMap<string, CustomerSummary>): ListRow[] {
  const { cards, filter, text, showArchived, sort } = props;
  const { directory } = usePeople();
  return useMemo(() => {
    const ownerName = (owner: string) => (owner ? personName(owner, directory) : '');
    const byText = filterCards(cards, text, showArchived, ownerName);
    const segment = {
      id: 'list',
      name: 'list',
      stages: filter.stage ? [filter.stage] : undefined,
      tiers: filter.tier ? [filter.tier] : undefined,
      health: filter.health ? [filter.health] : undefined,
      archived: showArchived ? ('include' as const) : ('exclude' as const),
    };
    const rows = applySegment(segment, byText, summaries).map((card) => ({ card, summary: summaries.get(card.id), ownerName: ownerName(card.owner) }));
    return sortRows(rows, sort.column, sort.direction);
  }, [cards, filter, text, showArchived, sort, summaries, directory]);
}

/**
 * The list, filtered and sorted. Tier, health, value and touch come from figures computed
 * over every customer: only a list that shows, sorts or filters by them waits for those.
 */
export function FilteredCustomerList(props: Props) {
  const needsFigures = props.filter.tier || props.filter.health || FIGURE_COLUMNS.has(props.sort.column) || props.columns.some((column) => FIGURE_COLUMNS.has(column));
  return needsFigures ? <WithFigures {...props} /> : <Plain {...props} />;
}

function Plain(props: Props) {
  return <Shown {...props} rows={useRows(props, NO_SUMMARIES)} />;
}

function WithFigures(props: Props) {
  const { summaries } = useInsights();
  return <Shown {...props} rows={useRows(props, summaries.byId)} />;
}

function Shown(props: Props & { rows: ListRow[] }) {
  const { rows, onShown } = props;
  useEffect(() => onShown(rows), [rows, onShown]);
  return (
    <CustomerList
      rows={rows}
      columns={props.columns}
      sort={props.sort}
      onSort={props.onSort}
      selected={props.selected}
      onSelect={(index, selected, range) => props.onSelect(rows, index, selected, range)}
      onSelectAll={(selected) => props.onSelectAll(rows, selected)}
      onArchive={props.onArchive}
      emptyMessage={props.text ? `No customer matches “${props.text}”.` : 'No customer matches these filters.'}
    />
  );
}
