import { useMemo, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent, type Announcements } from '@dnd-kit/core';
import { boardData, type BoardColumn, type BoardSort } from '../../shared/insights/board';
import { isStage, STAGE_LABELS } from '../../shared/stages';
import { useSession } from '../workspace/SessionContext';
import { useInsights } from '../insights/useInsights';
import { useToast } from '../ui/Toast';
import { money } from '../interactions/labels';
import { BoardCard } from './BoardCard';
import { columnKeyboard } from './columnKeyboard';

/** Cards shown per column before "Show more": a 5,000-customer board stays light. */
const PAGE = 40;

/** The relationship path: one column per stage; drag a customer to move it along. */
export function BoardView() {
  const session = useSession();
  const toast = useToast();
  const { cards, summaries, settings, partial } = useInsights();
  const [sort, setSort] = useState<BoardSort>('time_in_stage');
  const columns = useMemo(() => boardData(cards, summaries.byId, settings, sort), [cards, summaries, settings, sort]);
  const [keyboard] = useState(columnKeyboard);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: keyboard.coordinateGetter }));

  const onDragEnd = (event: DragEndEvent) => {
    // A keyboard drop goes where the arrows said, even if the measured position lags behind.
    const target = keyboard.targetOf(String(event.active.id)) ?? event.over?.id;
    const from = event.active.data.current?.stage;
    const id = String(event.active.id);
    if (typeof target !== 'string' || !isStage(target) || target === from) return;
    session.setStage(id, target);
    const name = session.cards.get(id)?.name ?? 'Customer';
    toast({
      message: `${name} moved to ${STAGE_LABELS[target]}.`,
      action: isStage(from) ? { label: 'Undo', run: () => session.setStage(id, from) } : undefined,
    });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${session.cards.get(String(active.id))?.name}. Use left and right arrows to choose a stage, space to drop.`,
    onDragOver: ({ over }) => (over ? `Over ${STAGE_LABELS[over.id as keyof typeof STAGE_LABELS] ?? over.id}.` : 'Not over a stage.'),
    onDragEnd: ({ active, over }) => {
      const target = keyboard.targetOf(String(active.id)) ?? over?.id;
      return target !== undefined ? `Moved ${session.cards.get(String(active.id))?.name} to ${STAGE_LABELS[target as keyof typeof STAGE_LABELS] ?? target}.` : 'Dropped outside the board.';
    },
    onDragCancel: () => 'Move cancelled.',
  };

  return (
    <section className="view board-view" aria-labelledby="board-title">
      <header className="view-header">
        <h1 id="board-title">Board</h1>
        {partial && <span className="muted small" role="status" aria-label="Board figures updating">Updating figures…</span>}
        <div className="spacer" />
        <label className="small">
          Order{' '}
          <select aria-label="Order cards by" value={sort} onChange={(e) => setSort(e.target.value as BoardSort)}>
            <option value="time_in_stage">Longest in stage</option>
            <option value="value">Value</option>
            <option value="name">Name</option>
          </select>
        </label>
      </header>
      <p id="board-instructions" className="visually-hidden">
        Press space or enter to pick up a customer, left and right arrows to choose a stage, space or enter to drop, escape to cancel.
      </p>
      <DndContext sensors={sensors} onDragStart={keyboard.reset} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <div className="board">
          {columns.map((column) => (
            <Column key={column.stage} column={column} />
          ))}
        </div>
      </DndContext>
    </section>
  );
}

function Column({ column }: { column: BoardColumn }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const [shown, setShown] = useState(PAGE);
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' over' : ''}`} role="region" aria-label={column.label}>
      <header className="board-column-head">
        <h2>{column.label}</h2>
        <span className="muted small">
          {column.count} · {money.format(column.totalValue)}
          {column.idleCount > 0 && ` · ${column.idleCount} idle`}
        </span>
      </header>
      <div className="board-cards">
        {column.cards.slice(0, shown).map((item) => (
          <BoardCard key={item.card.id} item={item} />
        ))}
        {column.cards.length === 0 && <p className="empty small">No customers here.</p>}
        {column.cards.length > shown && (
          <button className="link-button" onClick={() => setShown((n) => n + PAGE * 5)}>
            Show {Math.min(PAGE * 5, column.cards.length - shown)} more of {column.cards.length - shown}
          </button>
        )}
      </div>
    </section>
  );
}
