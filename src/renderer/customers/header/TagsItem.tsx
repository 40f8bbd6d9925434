import '../../ui/tagChips.css';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { TagIcon } from '../../ui/icons';
import { useCards, useSession } from '../../workspace/SessionContext';

const MAX_TAG = 100;

/**
 * The tags editor "Tags": the card's tags as chips, each with its remove button, and a
 * field that adds one (Enter or comma), suggesting the workspace's other tags.
 */
export function TagsItem({ card }: { card: CustomerCard }) {
  const session = useSession();
  const cards = useCards();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const suggestions = useMemo(() => {
    const all = new Set<string>();
    for (const other of cards) for (const tag of other.tags) all.add(tag);
    for (const tag of card.tags) all.delete(tag);
    return [...all].sort((a, b) => a.localeCompare(b));
  }, [cards, card.tags]);

  const add = (raw: string) => {
    const tag = raw.trim().slice(0, MAX_TAG);
    if (!tag || card.tags.includes(tag)) return;
    session.setField(card.id, 'tags', [...card.tags, tag]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add(draft);
    setDraft('');
  };

  return (
    <div className="fact tags-editor" role="group" aria-label="Tags">
      <TagIcon className="fact-icon" />
      <ul className="chips" aria-label="Tags of this customer">
        {card.tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button type="button" className="chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => session.setField(card.id, 'tags', card.tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="tag-add">
        <input
          aria-label="Add tag"
          placeholder={card.tags.length ? 'Add tag' : 'Add a tag'}
          list={listId}
          value={draft}
          maxLength={MAX_TAG}
          onChange={(e) => {
            const value = e.target.value;
            // A comma ends a tag, as in most tag fields.
            if (value.endsWith(',')) {
              add(value.slice(0, -1));
              setDraft('');
            } else setDraft(value);
          }}
        />
        <datalist id={listId}>
          {suggestions.slice(0, 50).map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </form>
    </div>
  );
}
