import type { BoardCard as BoardCardData } from '../../shared/insights/board';
import { routeHref } from '../app/router';
import { useFormats } from '../format/useFormats';
import { HealthBadge } from '../ui/HealthBadge';
import { IdleIcon } from '../ui/icons';
import { PersonName } from '../people/PersonName';
import { TagChips } from '../ui/TagChips';

/**
 * What a board card shows, for the card in its column and for the copy that
 * follows the pointer while it is dragged (`linked` false: the copy is a picture,
 * with no link to focus or to announce twice).
 */
export function BoardCardBody({ item, linked }: { item: BoardCardData; linked: boolean }) {
  const { card, summary } = item;
  const formats = useFormats();
  const name = card.name || '(no name)';
  return (
    <>
      <div className="board-card-head">
        {linked ? (
          // Not a Tab stop of its own: the card is, and Enter on it opens the customer.
          <a className="board-card-name" href={routeHref({ view: 'customer', id: card.id })} tabIndex={-1} onPointerDown={(e) => e.stopPropagation()}>
            {name}
          </a>
        ) : (
          <span className="board-card-name">{name}</span>
        )}
        <span className={`tier tier-${summary.tier}`} title={summary.tierOverridden ? 'Tier set by hand' : 'Tier from value'}>
          {summary.tier}
        </span>
      </div>
      {card.company && <div className="board-card-company muted small">{card.company}</div>}
      <TagChips tags={card.tags} />
      <div className="board-card-meta small">
        <span title="Time in stage">{item.daysInStage} d in stage</span>
        <span title="Last touch">{summary.lastTouch === null ? 'never touched' : `touched ${summary.daysSinceTouch} d ago`}</span>
        {summary.ltv !== 0 && <span>{formats.value(summary.ltv)}</span>}
      </div>
      <div className="board-card-foot small">
        {card.owner && (
          <span className="board-card-owner muted">
            <PersonName value={card.owner} />
          </span>
        )}
        <HealthBadge health={summary.health} compact />
        {item.idle && (
          <span className="idle-flag" title={item.idleReason ?? undefined}>
            <IdleIcon className="icon-inline" aria-hidden="true" />
            Idle
          </span>
        )}
      </div>
    </>
  );
}
