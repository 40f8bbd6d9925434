import { createHash, timingSafeEqual } from 'node:crypto';
import { isValidWorkspaceId } from '../shared/sync/rooms';

export type TokenCheck = 'ok' | 'missing' | 'wrong' | 'other-workspace';

/**
 * One secret per workspace. Tokens are compared in constant time (over their
 * SHA-256, so lengths do not leak). Tokens can be added or rotated at runtime
 * (LAN hosting creates one); rotating does not drop connections already open.
 */
export class TokenRegistry {
  private readonly byWorkspace = new Map<string, Buffer>();

  constructor(initial: Record<string, string> = {}) {
    for (const [ws, token] of Object.entries(initial)) this.set(ws, token);
  }

  set(workspaceId: string, token: string): void {
    if (!isValidWorkspaceId(workspaceId)) throw new Error(`invalid workspace id: ${workspaceId}`);
    if (token.length < 8) throw new Error('a token must be at least 8 characters');
    this.byWorkspace.set(workspaceId, digest(token));
  }

  delete(workspaceId: string): boolean {
    return this.byWorkspace.delete(workspaceId);
  }

  has(workspaceId: string): boolean {
    return this.byWorkspace.has(workspaceId);
  }

  workspaces(): string[] {
    return [...this.byWorkspace.keys()];
  }

  check(workspaceId: string, token: string | null): TokenCheck {
    if (token === null || token === '') return 'missing';
    const given = digest(token);
    const expected = this.byWorkspace.get(workspaceId);
    if (expected !== undefined && timingSafeEqual(given, expected)) return 'ok';
    for (const [ws, t] of this.byWorkspace) if (ws !== workspaceId && timingSafeEqual(given, t)) return 'other-workspace';
    return 'wrong';
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
