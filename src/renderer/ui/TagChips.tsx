import './tagChips.css';
/** A customer's tags as chips (list rows, board cards, the brief); nothing when there are none. */
export function TagChips({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="chips tag-chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="chip">
          {tag}
        </li>
      ))}
    </ul>
  );
}
