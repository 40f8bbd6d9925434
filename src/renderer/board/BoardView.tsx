import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { DndContext, DragOverlay, MouseSensor, TouchSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { boardData, type BoardCard as BoardCardData, type BoardSort } from '../../shared/insights/board';
import { isStage, STAGE_LABELS, type Stage } from '../../shared/stages';
import { navigate as openRoute } from '../app/router';
import { useSession } from '../workspace/SessionContext';
import { useInsights } from '../insights/useInsights';
import { asksReason } from '../../shared/insights/stageSuggestion';
import { useStageMove } from '../stages/useStageMove';
import { TooltipButton } from '../ui/TooltipButton';
import { ScrollLeftIcon, ScrollRightIcon } from '../ui/icons';
import { BoardCardBody } from './BoardCardBody';
import { BoardColumnView } from './BoardColumnView';
import { boardColumnsShown, focusBoardPlace, revealColumn, useBoardScroll } from './boardScroll';
import { cancelCarry, carryStep, type Carry } from './keyboardCarry';
import { NAV_KEYS, navigate } from './boardNavigation';
import './board.css';

/** The relationship path: one column per stage; drag a customer to move it along. */
export function BoardView() {
  const session = useSession();
  const { cards, summaries, settings, partial } = useInsights();
  const [sort, setSort] = useState<BoardSort>('time_in_stage');
  const columns = useMemo(() => boardData(cards, summaries.byId, settings, sort), [cards, summaries, settings, sort]);
  // The mouse drags through dnd-kit; the keyboard carries a card with keyboardCarry.ts. On a touch
  // screen a swipe pans the board (cards allow it, touch-action: manipulation) and a long press drags.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const carryRef = useRef<Carry | null>(null);
  const [carry, setCarry] = useState<Carry | null>(null);
  const [message, setMessage] = useState('');
  const [dragged, setDragged] = useState<BoardCardData | null>(null);
  const board = useRef<HTMLDivElement>(null);
  const scroll = useBoardScroll(board);

  // The card now renders in another column: keep the keyboard on it.
  const focusCard = (id: string, stage: Stage) =>
    requestAnimationFrame(() => board.current && focusBoardPlace(board.current, { kind: 'card', stage, id }));
  // As everywhere a stage changes: announced with Undo; At risk and Lost ask an optional reason
  // first (the card stays where it was until the dialog says Move; Cancel leaves it there).
  const stageMove = useStageMove({ onAskedMove: focusCard });
  const move = (id: string, to: Stage) => stageMove.move({ id, name: session.cards.get(id)?.name ?? '' }, to);

  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id);
    setDragged(columns.flatMap((c) => c.cards).find((item) => item.card.id === id) ?? null);
  };

  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const target = event.over?.id;
    if (typeof target === 'string' && isStage(target)) move(String(event.active.id), target);
  };

  const carryTo = (next: Carry | null, announce: string) => {
    carryRef.current = next;
    setCarry(next);
    setMessage(announce);
  };

  // A touch drag is a long press, and a press held long enough is also the browser's gesture for
  // the context menu, which would cancel the touch sequence mid-drag: no menu while a card is dragged.
  useEffect(() => {
    if (!dragged) return;
    const noMenu = (event: Event) => event.preventDefault();
    document.addEventListener('contextmenu', noMenu, true);
    return () => document.removeEventListener('contextmenu', noMenu, true);
  }, [dragged]);

  // The column a carried card would go to comes into view (at 1024 px, At risk and Lost are off to the right).
  useEffect(() => {
    if (carry && board.current) revealColumn(board.current, carry.over);
  }, [carry]);

  // Applied synchronously per keydown, with the carry in a ref: fast presses are never lost.
  const onCardKey = (event: KeyboardEvent<HTMLElement>, card: { id: string; name: string; stage: Stage }) => {
    if (event.target !== event.currentTarget) return; // keys on something inside the card are its own
    const step = carryStep(carryRef.current, event.key, card);
    if (step.kind === 'ignore') return;
    if (event.key !== 'Tab') event.preventDefault();
    if (step.kind === 'hold') return;
    if (step.kind === 'open') return openRoute({ view: 'customer', id: step.id });
    if (step.kind === 'carry') return carryTo(step.carry, step.announce);
    carryTo(null, step.announce);
    if (step.kind !== 'drop') return;
    if (move(step.id, step.to) === 'moved') focusCard(step.id, step.to);
  };

  // Arrows between cards and columns, for keys the card did not take (no card carried).
  const onBoardKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !board.current || !(NAV_KEYS as readonly string[]).includes(event.key)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const place = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-card-id], [data-stage]') : null;
    const column = place?.closest<HTMLElement>('[data-stage]');
    if (!place || !column || (place !== column && place !== event.target)) return;
    const target = navigate(boardColumnsShown(board.current), { stage: column.dataset.stage!, cardId: place.dataset.cardId ?? null }, event.key);
    event.preventDefault();
    if (target) focusBoardPlace(board.current, target);
  };

  // Tab moves through cards too: the column of the focused card comes fully into view.
  const onBoardFocus = (event: FocusEvent<HTMLDivElement>) => {
    const stage = event.target.closest<HTMLElement>('[data-stage]')?.dataset.stage;
    if (stage && board.current) revealColumn(board.current, stage);
  };

  const onCardBlur = (id: string) => {
    const current = carryRef.current;
    if (current?.id === id) carryTo(null, cancelCarry(current).announce);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${session.cards.get(String(active.id))?.name}.`,
    onDragOver: ({ over }) => (over ? `Over ${STAGE_LABELS[over.id as keyof typeof STAGE_LABELS] ?? over.id}.` : 'Not over a stage.'),
    onDragEnd: ({ active, over }) => {
      if (!over) return 'Dropped outside the board.';
      const name = session.cards.get(String(active.id))?.name;
      const stage = STAGE_LABELS[over.id as keyof typeof STAGE_LABELS] ?? over.id;
      return isStage(over.id) && asksReason(over.id) ? `Moving ${name} to ${stage}: a reason is asked.` : `Moved ${name} to ${stage}.`;
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
        <span className="board-scroll-buttons">
          <TooltipButton label="Scroll board left" icon={<ScrollLeftIcon />} disabled={!scroll.canLeft} onClick={() => scroll.by(-1)} />
          <TooltipButton label="Scroll board right" icon={<ScrollRightIcon />} disabled={!scroll.canRight} onClick={() => scroll.by(1)} />
        </span>
      </header>
      <p id="board-instructions" className="visually-hidden">
        Press Enter to open a customer. Press Space to pick it up, left and right arrows to choose a stage, Space or Enter to drop it there, Escape to cancel.
        Arrow keys move between customers and stages.
      </p>
      <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)} accessibility={{ announcements }}>
        <div className="board" ref={board} onKeyDown={onBoardKey} onFocus={onBoardFocus} onScroll={scroll.update}>
          {columns.map((column) => (
            <BoardColumnView key={column.stage} column={column} carry={carry} onCardKey={onCardKey} onCardBlur={onCardBlur} />
          ))}
        </div>
        {createPortal(
          // The card under the pointer while dragging; the card itself stays in its column as a placeholder.
          <DragOverlay dropAnimation={null}>
            {dragged && (
              <div className="board-card board-card-overlay" aria-hidden="true" data-overlay-for={dragged.card.id}>
                <BoardCardBody item={dragged} linked={false} />
              </div>
            )}
          </DragOverlay>,
          document.body,
        )}
      </DndContext>
      <p className="visually-hidden" role="status" aria-live="assertive">
        {message}
      </p>
      {stageMove.dialog}
    </section>
  );
}
