import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { Provider } from '@lexical/yjs';

// Provider overloads its listener types per event; stored uniformly here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (arg: any) => void;

/**
 * Connects a notebook editor to the customer's live Y.Doc.
 *
 * @lexical/yjs only learns a doc's content from Yjs events that arrive after
 * its binding observes the root, so the editor gets a doc of its own that starts
 * empty; on connect() (called after the binding observes) the customer doc's
 * state is replayed into it with this bridge as origin (a non-null origin that the
 * editor's UndoManager does not track, so loading is not undoable). From then
 * on updates flow both ways synchronously. Both docs share one clientID, so the
 * awareness of the live sync provider (keyed by the customer doc's clientID)
 * is recognised by Lexical as the local user's.
 */
export class EditorBridge implements Provider {
  readonly awareness: Provider['awareness'];
  private readonly ownAwareness: Awareness | null;
  private listeners = new Map<string, Set<Listener>>();
  private connected = false;

  constructor(
    private readonly source: Y.Doc,
    readonly editorDoc: Y.Doc,
    awareness?: Awareness,
  ) {
    editorDoc.clientID = source.clientID;
    this.ownAwareness = awareness ? null : new Awareness(editorDoc);
    this.awareness = (awareness ?? this.ownAwareness) as unknown as Provider['awareness'];
  }

  connect(): void {
    if (this.connected) return;
    this.connected = true;
    Y.applyUpdate(this.editorDoc, Y.encodeStateAsUpdate(this.source, Y.encodeStateVector(this.editorDoc)), this);
    this.source.on('update', this.fromSource);
    this.editorDoc.on('update', this.fromEditor);
    this.emit('status', { status: 'connected' });
    this.emit('sync', true);
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.source.off('update', this.fromSource);
    this.editorDoc.off('update', this.fromEditor);
    this.emit('status', { status: 'disconnected' });
  }

  destroy(): void {
    this.disconnect();
    this.ownAwareness?.destroy();
    this.editorDoc.destroy();
    this.listeners.clear();
  }

  on(type: string, cb: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(cb);
  }

  off(type: string, cb: Listener): void {
    this.listeners.get(type)?.delete(cb);
  }

  private emit(type: string, arg: unknown): void {
    for (const cb of this.listeners.get(type) ?? []) cb(arg);
  }

  private fromSource = (update: Uint8Array, origin: unknown): void => {
    if (origin !== this) Y.applyUpdate(this.editorDoc, update, this);
  };

  private fromEditor = (update: Uint8Array, origin: unknown): void => {
    if (origin !== this) Y.applyUpdate(this.source, update, this);
  };
}
