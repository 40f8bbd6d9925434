import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShortcut } from '../ui/useShortcut';
import { takeNewCustomerRequest } from '../app/intents';
import { ImportDialog } from '../import/lazyImportDialog';
import { ImportBanner } from '../import/ImportBanner';
import { useCards, useSession } from '../workspace/SessionContext';
import type { ListColumn, ListRow } from '../../shared/model/listRows';
import type { ListSort } from './CustomerList';
import { ColumnChooser } from './list/ColumnChooser';
import { BulkActions } from './list/BulkActions';
import { normalizeColumns, readListColumns, saveListColumns } from './list/listColumns';
import './list/list.css';
import { FilteredCustomerList } from './FilteredCustomerList';
import { ExportListButtons } from './ExportListButtons';
import { CustomerPageWarmUpWhenIdle } from './CustomerPageWarmUpWhenIdle';
import { NO_FILTER, SegmentBar, type ListFilter } from './SegmentBar';
import { NewCustomerDialog } from './NewCustomerDialog';
import { navigate } from '../app/router';
import { useApp } from '../app/AppContext';
import { useToast } from '../ui/Toast';
import { AddIcon, ImportIcon, SampleIcon } from '../ui/icons';
import { PossibleDuplicates } from './duplicates/PossibleDuplicates';

/** The customer list: filter, sort, create, archive and restore. */
export function CustomersView() {
  const session = useSession();
  const cards = useCards();
  const app = useApp();
  const toast = useToast();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ListSort>({ column: 'name', direction: 'asc' });
  const [columns, setColumns] = useState<ListColumn[]>(readListColumns);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [shown, setShown] = useState<readonly ListRow[]>([]);
  // Where a shift-click range starts: the last row whose checkbox was clicked.
  const anchor = useRef<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const filterInput = useRef<HTMLInputElement>(null);
  useShortcut('n', () => setCreating(true));
  useShortcut('/', () => filterInput.current?.focus());
  useEffect(() => {
    const open = () => takeNewCustomerRequest() && setCreating(true);
    open();
    window.addEventListener('rapport:new-customer', open);
    return () => window.removeEventListener('rapport:new-customer', open);
  }, []);

  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const shownCount = shown.length;
  const onShown = useCallback((rows: readonly ListRow[]) => setShown(rows), []);
  const selectedCards = useMemo(() => cards.filter((card) => selected.has(card.id)), [cards, selected]);
  const onSort = (column: ListColumn) => setSort((current) => ({ column, direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc' }));
  const onSelect = (rows: readonly ListRow[], index: number, value: boolean, range: boolean) => {
    const next = new Set(selected);
    const from = range && anchor.current ? rows.findIndex((row) => row.card.id === anchor.current) : -1;
    const [start, end] = from >= 0 ? [Math.min(from, index), Math.max(from, index)] : [index, index];
    for (let i = start; i <= end; i++) {
      if (value) next.add(rows[i].card.id);
      else next.delete(rows[i].card.id);
    }
    anchor.current = rows[index].card.id;
    setSelected(next);
  };
  const onSelectAll = (rows: readonly ListRow[], value: boolean) => setSelected(value ? new Set(rows.map((row) => row.card.id)) : new Set());
  const archivedCount = useMemo(() => cards.filter((c) => c.archived).length, [cards]);

  const setArchived = (id: string, archived: boolean) => {
    const card = session.cards.get(id);
    session.setField(id, 'archived', archived);
    toast({
      message: `${card?.name || 'Customer'} ${archived ? 'archived' : 'restored'}.`,
      action: { label: 'Undo', run: () => session.setField(id, 'archived', !archived) },
    });
  };

  return (
    <section className="view customers-view" aria-labelledby="customers-title">
      <header className="view-header">
        <h1 id="customers-title">Customers</h1>
        <span className="count">{shownCount.toLocaleString()} shown</span>
        <div className="spacer" />
        <button onClick={() => setImporting(true)}>
          <ImportIcon aria-hidden="true" />
          Import
        </button>
        <ExportListButtons cards={selectedCards.length ? selectedCards : shown.map((row) => row.card)} label={selectedCards.length ? 'selected' : 'shown'} />
        <button className="primary" onClick={() => setCreating(true)} aria-keyshortcuts="N" title="New customer (N)">
          <AddIcon aria-hidden="true" />
          New customer
        </button>
      </header>
      <ImportBanner />
      <PossibleDuplicates />
      <div className="toolbar">
        <input
          ref={filterInput}
          type="search"
          aria-label="Filter customers"
          aria-keyshortcuts="/"
          placeholder="Filter by name, company, owner, tag…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ColumnChooser
          columns={columns}
          onChange={(next) => {
            const normal = normalizeColumns(next);
            setColumns(normal);
            saveListColumns(normal);
          }}
        />
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived ({archivedCount})
        </label>
      </div>
      {selectedCards.length > 0 && <BulkActions selected={selectedCards} onClear={() => setSelected(new Set())} />}
      <SegmentBar
        filter={filter}
        text={query}
        showArchived={showArchived}
        onChange={(f, text, archived) => {
          setFilter(f);
          setQuery(text);
          setShowArchived(archived);
        }}
      />
      {cards.length === 0 ? (
        <div className="empty-state" role="region" aria-label="Customers">
          <h2>No customers yet</h2>
          <p>Create your first customer, or open the sample workspace to look around.</p>
          <div className="row">
            <button className="primary" onClick={() => setCreating(true)}>
              <AddIcon aria-hidden="true" />
              Create a customer
            </button>
            <button onClick={() => void app.openSample()}>
              <SampleIcon aria-hidden="true" />
              Open sample workspace
            </button>
          </div>
        </div>
      ) : (
        <FilteredCustomerList
          cards={cards}
          filter={filter}
          text={query}
          showArchived={showArchived}
          columns={columns}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={onSelect}
          onSelectAll={onSelectAll}
          onArchive={setArchived}
          onShown={onShown}
        />
      )}
      {cards.length > 0 && <CustomerPageWarmUpWhenIdle />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {creating && (
        <NewCustomerDialog
          onClose={() => setCreating(false)}
          onCreate={async (input) => {
            const id = await session.createCustomer(input);
            setCreating(false);
            navigate({ view: 'customer', id });
          }}
        />
      )}
    </section>
  );
}
