import { useMemo, useState } from 'react';
import { Command } from 'cmdk';
import { navigate, type Route } from '../app/router';
import { requestNewCustomer } from '../app/intents';
import { MAIN_VIEWS } from '../app/nav';
import { useApp } from '../app/AppContext';
import { useCards, useSession } from '../workspace/SessionContext';
import { useSearch } from '../search/useSearch';
import { filterCards, sortCards } from '../../shared/model/sortCards';

interface Action {
  id: string;
  label: string;
  hint?: string;
  run: () => void;
}

/** Palette items for customers are valued by this prefix and the customer's id. */
const CUSTOMER_ITEM = 'customer-';

/**
 * The palette itself (cmdk, the full-text search): its own chunk, fetched when
 * the palette first opens or the browser is idle (see CommandPalette.tsx).
 * Customers are matched by name and company first, then by the full-text index.
 */
export function PaletteDialog({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const app = useApp();
  const session = useSession();
  const cards = useCards();

  // Closing unmounts the dialog (CommandPalette.tsx), so the query starts empty next time.
  const close = onClose;
  const go = (route: Route) => {
    close();
    navigate(route);
  };

  const byName = useMemo(() => sortCards(filterCards(cards, query, false), 'name').slice(0, 12), [cards, query]);
  const textHits = useSearch(query, { limit: 8, snippets: false });
  const moreHits = textHits.filter((hit) => !byName.some((card) => card.id === hit.id));
  const cardById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);

  const actions: Action[] = [
    { id: 'new-customer', label: 'New customer', hint: 'N', run: () => (go({ view: 'customers' }), requestNewCustomer()) },
    { id: 'search', label: `Search everything for “${query}”`, run: () => go({ view: 'search', query }) },
    { id: 'sample', label: 'Open a new sample workspace', run: () => (close(), void app.openSample()) },
  ];
  const needle = query.trim().toLowerCase();
  const views = MAIN_VIEWS.filter((v) => !needle || v.label.toLowerCase().includes(needle));
  const shownActions = actions.filter((a) => (a.id === 'search' ? needle.length >= 2 : !needle || a.label.toLowerCase().includes(needle)));

  return (
    <Command.Dialog
      open
      onOpenChange={(o) => !o && close()}
      label="Command palette"
      shouldFilter={false}
      // On the dialog element itself (Radix's content), so the dialog has the palette's box.
      contentClassName="palette"
      overlayClassName="palette-overlay"
      // The highlighted customer is read from the store before Enter opens it, as a hover on a link does.
      onValueChange={(value) => {
        if (value.startsWith(CUSTOMER_ITEM)) session.prefetchCustomer(value.slice(CUSTOMER_ITEM.length));
      }}
    >
      <Command.Input value={query} onValueChange={setQuery} placeholder="Jump to a customer or view, or run an action…" aria-label="Command" />
      <Command.List>
        <Command.Empty>Nothing matches.</Command.Empty>
        {(byName.length > 0 || moreHits.length > 0) && (
          <Command.Group heading="Customers">
            {byName.map((card) => (
              <Command.Item key={card.id} value={`${CUSTOMER_ITEM}${card.id}`} onSelect={() => go({ view: 'customer', id: card.id })}>
                {card.name} <span className="muted small">{card.company}</span>
              </Command.Item>
            ))}
            {moreHits.map((hit) => (
              <Command.Item key={hit.id} value={`${CUSTOMER_ITEM}${hit.id}`} onSelect={() => go({ view: 'customer', id: hit.id })}>
                {cardById.get(hit.id)?.name ?? hit.id} <span className="muted small">mentions “{query}”</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {views.length > 0 && (
          <Command.Group heading="Go to">
            {views.map((v) => (
              <Command.Item key={v.label} value={`view-${v.label}`} onSelect={() => go(v.route)}>
                {v.label}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {shownActions.length > 0 && (
          <Command.Group heading="Actions">
            {shownActions.map((a) => (
              <Command.Item key={a.id} value={`action-${a.id}`} onSelect={a.run}>
                {a.label} {a.hint && <kbd>{a.hint}</kbd>}
              </Command.Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
