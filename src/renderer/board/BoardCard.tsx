import type { KeyboardEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { Stage } from '../../shared/stages';
import type { BoardCard as BoardCardData } from '../../shared/insights/board';
import { routeHref } from '../app/router';
import { useFormats } from '../format/useFormats';
import { HealthBadge } from '../ui/HealthBadge';

interface Props {
  item: BoardCardData;
  /** Picked up with the keyboard (it shows where it goes by highlighting the column). */
  carried: boolean;
  onKey: (event: KeyboardEvent<HTMLElement>, card: { id: string; name: string; stage: Stage }) => void;
  onBlur: (id: string) => void;
}

/** A customer on the board: dragged by mouse or touch, carried by keyboard (focus it, then Space). */
export function BoardCard({ item, carried, onKey, onBlur }: Props) {
  const { card, summary } = item;
  const formats = useFormats();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id, data: { stage: card.stage } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  return (
    <article
      ref={setNodeRef}
      style={style}
      className={`board-card${isDragging || carried ? ' dragging' : ''}${item.idle ? ' idle' : ''}`}
      aria-label={card.name}
      data-card-id={card.id}
      {...attributes}
      {...listeners}
      onKeyDown={(event) => onKey(event, { id: card.id, name: card.name, stage: card.stage })}
      onBlur={() => onBlur(card.id)}
      // dnd-kit makes the card a button; it holds a link, so it is an article that can be picked up.
      role="article"
      aria-roledescription="draggable customer"
      aria-describedby="board-instructions"
    >
      <div className="board-card-head">
        <a href={routeHref({ view: 'customer', id: card.id })} onPointerDown={(e) => e.stopPropagation()}>
          {card.name || '(no name)'}
        </a>
        <span className={`tier tier-${summary.tier}`} title={summary.tierOverridden ? 'Tier set by hand' : 'Tier from value'}>
          {summary.tier}
        </span>
      </div>
      <div className="muted small">{card.company}</div>
      <div className="board-card-meta small">
        <span title="Time in stage">{item.daysInStage} d in stage</span>
        <span title="Last touch">{summary.lastTouch === null ? 'never touched' : `touched ${summary.daysSinceTouch} d ago`}</span>
        {summary.ltv !== 0 && <span>{formats.value(summary.ltv)}</span>}
      </div>
      <div className="board-card-foot small">
        <span className="muted">{card.owner}</span>
        <HealthBadge health={summary.health} compact />
        {item.idle && (
          <span className="idle-flag" title={`Idle: longer than ${item.idleThresholdDays} days in this stage`}>
            Idle
          </span>
        )}
      </div>
    </article>
  );
}
