import { useMemo, useState } from 'react';
import { Command } from 'cmdk';
import { navigate, type Route } from '../app/router';
import { requestNewCustomer } from '../app/intents';
import { MAIN_VIEWS } from '../app/nav';
import { useApp } from '../app/AppContext';
import { useCards, useSession } from '../workspace/SessionContext';
import { useSearch } from '../search/useSearch';
import { filterCards, sortCards } from '../../shared/model/sortCards';
import { rankPalette } from '../../shared/search/paletteRanking';

interface PaletteAction {
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
 * Order (shared/search/paletteRanking.ts): a view or action whose name matches,
 * then customers by name (company, owner, tags), then customers whose notes match
 * ("In notes"), then "Search everything".
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

  const matched = useMemo(() => sortCards(filterCards(cards, query, false), 'name'), [cards, query]);
  const textHits = useSearch(query, { limit: 8, snippets: false });
  const cardById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);

  // Views and actions are one list, so the one whose name matches best comes first (Enter runs it).
  const commands: PaletteAction[] = [
    ...MAIN_VIEWS.map((v) => ({ id: `view-${v.label}`, label: v.label, run: () => go(v.route) })),
    { id: 'action-new-customer', label: 'New customer', hint: 'N', run: () => (go({ view: 'customers' }), requestNewCustomer()) },
    { id: 'action-sample', label: 'Open a new sample workspace', run: () => (close(), void app.openSample()) },
  ];
  const { commands: shownCommands, customers, inNotes } = rankPalette(query, commands, matched, textHits.map((hit) => hit.id), 12);
  const searchAll = query.trim().length >= 2;

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
        {shownCommands.length > 0 && (
          <Command.Group heading="Commands">
            {shownCommands.map((c) => (
              <Command.Item key={c.id} value={c.id} onSelect={c.run}>
                {c.label} {c.hint && <kbd>{c.hint}</kbd>}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {customers.length > 0 && (
          <Command.Group heading="Customers">
            {customers.map((card) => (
              <Command.Item key={card.id} value={`${CUSTOMER_ITEM}${card.id}`} onSelect={() => go({ view: 'customer', id: card.id })}>
                {card.name} <span className="muted small">{card.company}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {inNotes.length > 0 && (
          <Command.Group heading="In notes">
            {inNotes.map((id) => (
              <Command.Item key={id} value={`${CUSTOMER_ITEM}${id}`} onSelect={() => go({ view: 'customer', id })}>
                {cardById.get(id)?.name ?? id} <span className="muted small">mentions “{query}”</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {searchAll && (
          <Command.Group heading="Search">
            <Command.Item value="action-search" onSelect={() => go({ view: 'search', query })}>
              Search everything for “{query}”
            </Command.Item>
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
