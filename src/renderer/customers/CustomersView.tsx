import { useEffect, useMemo, useRef, useState } from 'react';
import { useShortcut } from '../ui/useShortcut';
import { takeNewCustomerRequest } from '../app/intents';
import { ImportDialog } from '../import/lazyImportDialog';
import { ImportBanner } from '../import/ImportBanner';
import { useCards, useSession } from '../workspace/SessionContext';
import type { CardSortKey, SortDirection } from '../../shared/model/sortCards';
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
  const [sortKey, setSortKey] = useState<CardSortKey>('name');
  const [direction, setDirection] = useState<SortDirection>('asc');
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
  const [shownCount, setShownCount] = useState(0);
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
        <ExportListButtons cards={cards.filter((c) => showArchived || !c.archived)} />
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
        <label>
          Sort by{' '}
          <select aria-label="Sort by" value={sortKey} onChange={(e) => setSortKey(e.target.value as CardSortKey)}>
            <option value="name">Name</option>
            <option value="company">Company</option>
            <option value="stage">Stage</option>
            <option value="created">Created</option>
          </select>
        </label>
        <button
          aria-label={direction === 'asc' ? 'Sort descending' : 'Sort ascending'}
          onClick={() => setDirection((d) => (d === 'asc' ? 'desc' : 'asc'))}
        >
          {direction === 'asc' ? '↑' : '↓'}
        </button>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived ({archivedCount})
        </label>
      </div>
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
          sortKey={sortKey}
          direction={direction}
          onArchive={setArchived}
          onCount={setShownCount}
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
