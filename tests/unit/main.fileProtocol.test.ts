import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { refuseFileProtocol } from '../../src/main/electron/fileProtocol';

/** The thin adapter puts the tested refusal (src/main/security/fileScheme.ts) on the session's file scheme. */
const scratch = mkdtempSync(join(tmpdir(), 'rapport-file-protocol-'));
const secret = join(scratch, 'secret.txt');
writeFileSync(secret, 'a customer secret');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('refuseFileProtocol', () => {
  it('is installed on the session for the file scheme by the adapter', async () => {
    const handled: [string, (request: Request) => Response][] = [];
    const session = { protocol: { handle: (scheme: string, handler: (request: Request) => Response) => handled.push([scheme, handler]) } };
    const logged: unknown[] = [];
    refuseFileProtocol(session as unknown as Session, (message) => logged.push(message));
    expect(handled.map(([scheme]) => scheme)).toEqual(['file']);
    const response = handled[0][1](new Request(pathToFileURL(secret).href));
    expect(response.type).toBe('error');
    expect(logged).toEqual(['file_request_refused']);
  });
});
