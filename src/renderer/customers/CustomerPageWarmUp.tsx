import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import * as Y from 'yjs';
import { createNotebook } from '../../shared/notebook/headless';
import { NotebookEditor } from '../notebook/NotebookEditor';
import { ProfilePanel } from './ProfilePanel';
import { whenIdle } from '../ui/whenIdle';

/** One block of each kind, so every node class and its DOM code runs once. */
const BLOCKS = ['## Notes', 'Some **bold**, *italic* and `code` with a [link](https://example.com).', '- one\n- two', '1. first', '- [ ] to do', '> quote'];
/** Enough blocks that V8 optimises the loops a long notebook runs through, not just compiles them. */
const WARM_UP_MARKDOWN = Array.from({ length: 40 }, () => BLOCKS.join('\n\n')).join('\n\n');

/** Each round opens the notebook again: V8 optimises hot code in tiers, after enough runs. */
const ROUNDS = 3;
let rounds = 0;

/**
 * The first customer page a window opens runs code that has never run there:
 * the notebook editor (Lexical, its Yjs binding, React's paths for them) and the
 * profile panel, before V8 has compiled, let alone optimised, any of it: about
 * twice as slow as every later open. While the user looks at the list, once the
 * browser is idle, this decodes a stored notebook and opens it, with a profile
 * panel over the same doc, in a detached element (never in the document, so
 * never seen, focused or announced), and closes them: a few rounds, once per page.
 * The doc is a throwaway: nothing written to it reaches the store.
 */
export function CustomerPageWarmUp() {
  const [stage, setStage] = useState<'waiting' | 'mounted' | 'done'>(rounds >= ROUNDS ? 'done' : 'waiting');
  const [target, setTarget] = useState<{ container: HTMLElement; doc: Y.Doc } | null>(null);

  useEffect(() => {
    if (stage === 'done') return;
    return whenIdle(
      () => {
        if (stage === 'waiting') {
          setTarget({ container: document.createElement('div'), doc: storedNotebook() });
          setStage('mounted');
        } else {
          rounds++;
          const done = rounds >= ROUNDS;
          if (done) performance.mark('rapport:customer-page-warmed');
          setStage(done ? 'done' : 'waiting');
        }
      },
      2000,
      200,
    );
  }, [stage]);

  useEffect(() => () => target?.doc.destroy(), [target]);

  return stage === 'mounted' && target
    ? createPortal(
        <>
          <NotebookEditor doc={target.doc} />
          <ProfilePanel doc={target.doc} />
        </>,
        target.container,
      )
    : null;
}

let stored: Uint8Array | null = null;

/** A doc decoded from an update, as the store gives it: decoding is part of every open. */
function storedNotebook(): Y.Doc {
  if (!stored) {
    const source = new Y.Doc();
    createNotebook(source, WARM_UP_MARKDOWN, 'warm-up');
    stored = Y.encodeStateAsUpdate(source);
    source.destroy();
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored);
  return doc;
}
