import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DndContext, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent, type Announcements } from '@dnd-kit/core';
import { boardData, type BoardColumn, type BoardSort } from '../../shared/insights/board';
import { isStage, STAGE_LABELS, type Stage } from '../../shared/stages';
import { useSession } from '../workspace/SessionContext';
import { useInsights } from '../insights/useInsights';
import { useToast } from '../ui/Toast';
import { useFormats } from '../format/useFormats';
import { BoardCard } from './BoardCard';
import { cancelCarry, carryStep, type Carry } from './keyboardCarry';

/** Cards shown per column before "Show more": a 5,000-customer board stays light. */
const PAGE = 40;

/** The relationship path: one column per stage; drag a customer to move it along. */
export function BoardView() {
  const session = useSession();
  const toast = useToast();
  const { cards, summaries, settings, partial } = useInsights();
  const [sort, setSort] = useState<BoardSort>('time_in_stage');
  const columns = useMemo(() => boardData(cards, summaries.byId, settings, sort), [cards, summaries, settings, sort]);
  // The mouse drags through dnd-kit; the keyboard carries a card with keyboardCarry.ts.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const carryRef = useRef<Carry | null>(null);
  const [carry, setCarry] = useState<Carry | null>(null);
  const [message, setMessage] = useState('');

  const move = (id: string, from: unknown, to: Stage) => {
    if (to === from) return;
    session.setStage(id, to);
    const name = session.cards.get(id)?.name ?? 'Customer';
    toast({
      message: `${name} moved to ${STAGE_LABELS[to]}.`,
      action: isStage(from) ? { label: 'Undo', run: () => session.setStage(id, from) } : undefined,
    });
  };

  const onDragEnd = (event: DragEndEvent) => {
    const target = event.over?.id;
    if (typeof target === 'string' && isStage(target)) move(String(event.active.id), event.active.data.current?.stage, target);
  };

  const carryTo = (next: Carry | null, announce: string) => {
    carryRef.current = next;
    setCarry(next);
    setMessage(announce);
  };

  // Applied synchronously per keydown, with the carry in a ref: fast presses are never lost.
  const onCardKey = (event: KeyboardEvent<HTMLElement>, card: { id: string; name: string; stage: Stage }) => {
    if (event.target !== event.currentTarget) return; // keys on the card's link are the link's
    const step = carryStep(carryRef.current, event.key, card);
    if (step.kind === 'ignore') return;
    if (event.key !== 'Tab') event.preventDefault();
    if (step.kind === 'carry') return carryTo(step.carry, step.announce);
    carryTo(null, step.announce);
    if (step.kind !== 'drop') return;
    move(step.id, step.from, step.to);
    // The card now renders in another column: keep the keyboard on it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(step.id)}"]`)?.focus());
  };

  const onCardBlur = (id: string) => {
    const current = carryRef.current;
    if (current?.id === id) carryTo(null, cancelCarry(current).announce);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${session.cards.get(String(active.id))?.name}.`,
    onDragOver: ({ over }) => (over ? `Over ${STAGE_LABELS[over.id as keyof typeof STAGE_LABELS] ?? over.id}.` : 'Not over a stage.'),
    onDragEnd: ({ active, over }) => (over ? `Moved ${session.cards.get(String(active.id))?.name} to ${STAGE_LABELS[over.id as keyof typeof STAGE_LABELS] ?? over.id}.` : 'Dropped outside the board.'),
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
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <div className="board">
          {columns.map((column) => (
            <Column key={column.stage} column={column} carry={carry} onCardKey={onCardKey} onCardBlur={onCardBlur} />
          ))}
        </div>
      </DndContext>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {message}
      </p>
    </section>
  );
}

interface CardKeys {
  carry: Carry | null;
  onCardKey: (event: KeyboardEvent<HTMLElement>, card: { id: string; name: string; stage: Stage }) => void;
  onCardBlur: (id: string) => void;
}

function Column({ column, carry, onCardKey, onCardBlur }: { column: BoardColumn } & CardKeys) {
  const { setNodeRef, isOver: pointerOver } = useDroppable({ id: column.stage });
  const isOver = pointerOver || carry?.over === column.stage;
  const [shown, setShown] = useState(PAGE);
  const formats = useFormats();
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' over' : ''}`} role="region" aria-label={column.label}>
      <header className="board-column-head">
        <h2>{column.label}</h2>
        <span className="muted small">
          {column.count} · {formats.value(column.totalValue)}
          {column.idleCount > 0 && ` · ${column.idleCount} idle`}
        </span>
      </header>
      <div className="board-cards">
        {column.cards.slice(0, shown).map((item) => (
          <BoardCard key={item.card.id} item={item} carried={carry?.id === item.card.id} onKey={onCardKey} onBlur={onCardBlur} />
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
