/**
 * Who may call IPC: only the app's own page, in its top frame. A frame of
 * another origin (an iframe, a page the window was somehow navigated to, a
 * destroyed frame) is refused before its payload is even parsed.
 */
export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

export interface IpcEventLike {
  senderFrame: SenderFrameLike | null | undefined;
}

export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    // Custom standard schemes report origin "null" in Node's URL; build it ourselves.
    if (parsed.origin !== 'null') return parsed.origin;
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

export function isTrustedSender(event: IpcEventLike, trustedOrigin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || typeof frame.url !== 'string') return false;
  if (frame.parent !== null) return false;
  return originOf(frame.url) === trustedOrigin;
}
