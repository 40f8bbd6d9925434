import type { CustomerCard } from '../../../shared/model/workspaceDoc';
import { TagIcon } from '../../ui/icons';

/** The card's tags as chips. Its own component so a "Tags" editor can take this place alone. */
export function TagsItem({ card }: { card: CustomerCard }) {
  if (card.tags.length === 0) return null;
  return (
    <span className="fact">
      <TagIcon className="fact-icon" />
      <span className="visually-hidden">Tags:</span>
      <ul className="chips" aria-label="Tags">
        {card.tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
          </li>
        ))}
      </ul>
    </span>
  );
}
