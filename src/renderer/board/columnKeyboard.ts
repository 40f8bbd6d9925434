import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { isStage, STAGES, type Stage } from '../../shared/stages';

interface ColumnRect {
  stage: Stage;
  left: number;
}

/**
 * Keyboard dragging between board columns: with a card picked up (Space or
 * Enter), Left and Right move it by exactly one column; Space or Enter drops it
 * there, Escape cancels.
 *
 * The column the card is headed for is counted here, key by key, rather than
 * read back from dnd-kit's measured position: that position only catches up
 * after React renders, so two quick presses (a fast typist, a busy machine)
 * would otherwise move one column, and a quick drop would land on the column
 * before. `targetOf` gives the counted column for the drop.
 */
export function columnKeyboard() {
  let drag: { id: string; from: Stage; start: { x: number; y: number }; index: number; target: Stage } | null = null;

  const coordinateGetter: KeyboardCoordinateGetter = (event, { active, context, currentCoordinates }) => {
    if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
    event.preventDefault();
    const columns = columnRects(context.droppableContainers, context.droppableRects);
    const stage = context.active?.data.current?.stage;
    if (columns.length === 0 || !isStage(stage)) return undefined;
    const id = String(active);
    if (drag?.id !== id) {
      // The first arrow of this drag: dnd-kit takes these coordinates as its reference too.
      drag = { id, from: stage, start: currentCoordinates, index: Math.max(0, columns.findIndex((c) => c.stage === stage)), target: stage };
    }
    const origin = columns.findIndex((c) => c.stage === drag!.from);
    drag.index = Math.max(0, Math.min(columns.length - 1, drag.index + (event.code === KeyboardCode.Right ? 1 : -1)));
    drag.target = columns[drag.index].stage;
    return { x: drag.start.x + columns[drag.index].left - columns[Math.max(0, origin)].left, y: drag.start.y };
  };

  return {
    coordinateGetter,
    /** The stage a keyboard drag of `id` is over, or null if no arrow was pressed. */
    targetOf(id: string): Stage | null {
      return drag?.id === id ? drag.target : null;
    },
    /** Forget the last drag: called when a new one starts. */
    reset() {
      drag = null;
    },
  };
}

type Containers = Parameters<KeyboardCoordinateGetter>[1]['context']['droppableContainers'];
type Rects = Parameters<KeyboardCoordinateGetter>[1]['context']['droppableRects'];

/** The board's columns, left to right; measured now when dnd-kit has not measured them yet. */
function columnRects(containers: Containers, rects: Rects): ColumnRect[] {
  const out: ColumnRect[] = [];
  for (const stage of STAGES) {
    const left = rects.get(stage)?.left ?? containers.get(stage)?.node.current?.getBoundingClientRect().left;
    if (left !== undefined) out.push({ stage, left });
  }
  return out.sort((a, b) => a.left - b.left);
}
