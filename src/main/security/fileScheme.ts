import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * file:// is refused in the app's session, as VS Code does (its protocol main service intercepts
 * `file` and answers every request with net::ERR_ABORTED). The app is served from its own scheme
 * (src/main/electron/protocol.ts) or, in development, from the loopback dev server; the preload and
 * the icons are read by path, never fetched. So nothing the app needs comes over file:, and a page
 * that asks for it (an injected <img src="file:///...">, a dropped file navigated to, a link in a
 * note) must not read the disk.
 */
export interface RefusedFileRequest {
  /** The local path the URL names, for the log; null when the URL names none (a malformed or remote file URL). */
  path: string | null;
  /** The URL's host when it has one (file://server/share on Windows), which would otherwise reach the network. */
  host: string | null;
}

const fileUrl = z.url({ protocol: /^file$/ });

/** What a refused request asked for, from its URL alone (never by touching the disk). */
export function describeFileRequest(url: string): RefusedFileRequest {
  const parsed = fileUrl.safeParse(url);
  if (!parsed.success) return { path: null, host: null };
  const { hostname } = new URL(parsed.data);
  let path: string | null;
  try {
    path = fileURLToPath(parsed.data);
  } catch {
    path = null;
  }
  return { path, host: hostname || null };
}

export type FileRefusalLog = (message: string, details: { path: string | null; host: string | null }) => void;

/** The handler for `protocol.handle('file', …)`: every request fails as a network error, and is logged. */
export function createFileRequestRefusal(log: FileRefusalLog): (request: { url: string }) => Response {
  return (request) => {
    log('file_request_refused', describeFileRequest(request.url));
    return Response.error();
  };
}
