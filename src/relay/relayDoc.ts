import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { DocLog } from './docLog';

/** Something attached to a loaded doc that receives its broadcasts (a y-websocket connection). */
export interface DocPeer {
  /** Sends a ready-encoded y-websocket frame. */
  send(frame: Uint8Array): void;
}

/**
 * A doc loaded in the relay: the Y.Doc, its log file, the y-websocket peers
 * attached, and the updates not yet written. Awareness exists only while
 * peers are attached (each Awareness runs a timer; idle docs should not).
 */
export class RelayDoc {
  readonly doc = new Y.Doc({ gc: true });
  awareness: Awareness | null = null;
  /** Peer -> awareness client ids it controls (removed when it leaves). */
  readonly peers = new Map<DocPeer, Set<number>>();
  /** Updates emitted and not yet appended to the log. */
  pending: Uint8Array[] = [];
  idleTimer: NodeJS.Timeout | null = null;
  /** Cached state vector / delete-set digest for the catch-up channel; null when stale. */
  state: { sv: Uint8Array; svMap: Map<number, number>; digest: Uint8Array } | null = null;
  unloaded = false;
  /** The log ends with a meta record matching the doc (no update since). */
  metaWritten = false;

  constructor(
    readonly workspaceId: string,
    readonly name: string,
    readonly log: DocLog,
  ) {}

  get key(): string {
    return `${this.workspaceId}/${this.name}`;
  }

  ensureAwareness(): Awareness {
    if (this.awareness === null) {
      this.awareness = new Awareness(this.doc);
      // The relay itself has no presence.
      this.awareness.setLocalState(null);
    }
    return this.awareness;
  }
}
