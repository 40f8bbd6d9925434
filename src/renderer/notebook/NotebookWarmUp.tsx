import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import * as Y from 'yjs';
import { createNotebook } from '../../shared/notebook/headless';
import { NotebookEditor } from './NotebookEditor';

/** One block of each kind, so every node class and its DOM code runs once. */
const BLOCKS = ['## Notes', 'Some **bold**, *italic* and `code` with a [link](https://example.com).', '- one\n- two', '1. first', '- [ ] to do', '> quote'];
/** Enough blocks that V8 optimises the loops a long notebook runs through, not just compiles them. */
const WARM_UP_MARKDOWN = Array.from({ length: 40 }, () => BLOCKS.join('\n\n')).join('\n\n');

let warmed = false;

/**
 * The first notebook a page opens runs the editor's code (Lexical, its Yjs
 * binding, React's paths for them) before V8 has optimised it: about twice as
 * slow as every later open. While the user looks at the list, once the browser
 * is idle, this opens a notebook in a detached element (never in the document,
 * so never seen, focused or announced) and closes it, once per page.
 */
export function NotebookWarmUp() {
  const [stage, setStage] = useState<'waiting' | 'mounted' | 'done'>(warmed ? 'done' : 'waiting');
  const [target] = useState(() => ({ container: document.createElement('div'), doc: new Y.Doc() }));

  useEffect(() => {
    if (stage === 'done') return;
    return whenIdle(() => {
      if (stage === 'waiting') {
        createNotebook(target.doc, WARM_UP_MARKDOWN, 'warm-up');
        setStage('mounted');
      } else {
        warmed = true;
        setStage('done');
      }
    });
  }, [stage, target]);

  useEffect(() => () => target.doc.destroy(), [target]);

  return stage === 'mounted' ? createPortal(<NotebookEditor doc={target.doc} />, target.container) : null;
}

/** Runs `run` when the browser is idle; returns a cancel function. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}
