import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendLog } from './appendLog';

describe('appendLog', () => {
  it('appends in order at the end, interleaved with other writes and remote inserts', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const log = a.getArray<number>('log');
    for (let i = 0; i < 300; i++) {
      a.transact(() => {
        a.getMap('cards').set(`c${i}`, { i });
        appendLog(log, [i]);
      });
      if (i % 50 === 0) log.get(Math.floor(log.length / 2)); // index reads leave search markers mid-array
    }
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    appendLog(b.getArray<number>('log'), [300, 301]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    appendLog(log, [302]);
    expect(log.toArray()).toEqual(Array.from({ length: 303 }, (_, i) => i));
  });
});
