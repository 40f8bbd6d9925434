import { isValidWorkspaceId } from '../../shared/sync/rooms';
import {
  checkAfter,
  checkAppend,
  checkSnapshotPut,
  decideSnapshot,
  DEFAULT_LIMITS,
  OpenLogs,
  RecordLogClosed,
  type AppendResult,
  type LogHead,
  type ReadResult,
  type RecordLog,
  type RecordLogLimits,
  type RecordLogStore,
  type SnapshotOutcome,
  type SnapshotPut,
} from './recordLog';

/** What a memory store keeps of a workspace across close and open, as a disk would. */
interface MemoryLogData {
  head: LogHead;
  snapshot: Uint8Array | null;
  /** Records after head.snapshotSeq; records[i] has seq snapshotSeq + 1 + i. */
  records: Uint8Array[];
}

/** The reference store: in memory, for tests and as the contract's simplest reading. */
export class MemoryRecordLogStore implements RecordLogStore {
  readonly #data = new Map<string, MemoryLogData>();
  readonly #open = new OpenLogs<MemoryRecordLog>();

  constructor(private readonly limits: RecordLogLimits = DEFAULT_LIMITS) {}

  open(workspaceId: string): Promise<RecordLog> {
    if (!isValidWorkspaceId(workspaceId)) return Promise.reject(new TypeError(`bad workspace id ${JSON.stringify(workspaceId)}`));
    return this.#open.get(workspaceId, async () => {
      let data = this.#data.get(workspaceId);
      if (!data) {
        data = { head: { seq: 0, snapshotSeq: 0 }, snapshot: null, records: [] };
        this.#data.set(workspaceId, data);
      }
      return new MemoryRecordLog(workspaceId, data, this.limits, () => this.#open.forget(workspaceId));
    });
  }

  close(): Promise<void> {
    return this.#open.closeAll();
  }
}

class MemoryRecordLog implements RecordLog {
  #closed = false;

  constructor(
    readonly workspaceId: string,
    private readonly data: MemoryLogData,
    private readonly limits: RecordLogLimits,
    private readonly onClose: () => void,
  ) {}

  #check(): void {
    if (this.#closed) throw new RecordLogClosed(this.workspaceId);
  }

  async append(records: readonly Uint8Array[]): Promise<AppendResult> {
    this.#check();
    checkAppend(records, this.limits);
    const first = this.data.head.seq + 1;
    // Copies: the caller may reuse its buffers.
    for (const record of records) this.data.records.push(Uint8Array.from(record));
    this.data.head.seq += records.length;
    return { first, last: this.data.head.seq };
  }

  async readAfter(after: number): Promise<ReadResult> {
    this.#check();
    checkAfter(after);
    const { head, snapshot, records } = this.data;
    const withSnapshot = snapshot !== null && after < head.snapshotSeq;
    const from = Math.max(after, head.snapshotSeq);
    return {
      snapshot: withSnapshot ? { seq: head.snapshotSeq, bytes: Uint8Array.from(snapshot) } : null,
      records: records.slice(Math.min(from - head.snapshotSeq, records.length)).map((bytes, i) => ({ seq: from + 1 + i, bytes: Uint8Array.from(bytes) })),
      head: { ...head },
    };
  }

  async putSnapshot(put: SnapshotPut): Promise<SnapshotOutcome> {
    this.#check();
    checkSnapshotPut(put, this.limits);
    const refusal = decideSnapshot(this.data.head, put);
    if (refusal) return { accepted: false, reason: refusal, head: { ...this.data.head } };
    this.data.snapshot = Uint8Array.from(put.bytes);
    this.data.records = [];
    this.data.head.snapshotSeq = put.seq;
    return { accepted: true, head: { ...this.data.head } };
  }

  async head(): Promise<LogHead> {
    this.#check();
    return { ...this.data.head };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.onClose();
  }
}
