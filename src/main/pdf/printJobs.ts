import { randomUUID } from 'node:crypto';
import { PRINT_CSP } from '../../shared/ipc/csp';
import { PRINT_ORIGIN } from '../config/appProtocol';

/**
 * The documents the print windows render, and what the shared print session
 * lets those windows load.
 *
 * Every print window shares one in-memory session (Electron never frees a
 * session, so a partition per print would leak one per export). Nothing of a
 * single print lives on that session: its protocol handler and request filter
 * are installed once and look the document up here, keyed by a random id in
 * the URL and by the window that may load it, so prints that overlap never see
 * each other's document and a finished print's URL stops resolving.
 */
export interface PrintJob {
  /** rapport://print/<id>/document.html */
  url: string;
  /** Forgets the document: later requests for its URL are refused and answer 404. */
  release(): void;
}

export interface PrintJobs {
  /** Registers a document that only the webContents `ownerId` may load. */
  add(document: string, ownerId: number): PrintJob;
  /** The live job behind a URL, if any. */
  find(url: string): { document: string; ownerId: number } | undefined;
  /** Live jobs (for tests and leak checks). */
  readonly size: number;
}

const DOCUMENT_PATH = /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/document\.html$/;

export function printDocumentUrl(id: string): string {
  return `${PRINT_ORIGIN}/${id}/document.html`;
}

/** The job id in a print document URL, or undefined for any other URL (a query or fragment included). */
export function printJobId(rawUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  // Custom schemes report origin "null" in Node's URL: compare protocol and host.
  if (`${url.protocol}//${url.host}` !== PRINT_ORIGIN || url.search || url.hash || url.username || url.password) return undefined;
  return DOCUMENT_PATH.exec(url.pathname)?.[1];
}

export function createPrintJobs(newId: () => string = randomUUID): PrintJobs {
  const jobs = new Map<string, { document: string; ownerId: number }>();
  return {
    add(document, ownerId) {
      const id = newId();
      if (!DOCUMENT_PATH.test(`/${id}/document.html`) || jobs.has(id)) throw new Error('print job ids must be fresh UUIDs');
      jobs.set(id, { document, ownerId });
      return { url: printDocumentUrl(id), release: () => void jobs.delete(id) };
    },
    find(url) {
      const id = printJobId(url);
      return id === undefined ? undefined : jobs.get(id);
    },
    get size() {
      return jobs.size;
    },
  };
}

/** The subset of Electron's OnBeforeRequestListenerDetails the decision reads. */
export interface PrintRequestDetails {
  url: string;
  resourceType?: string;
  webContentsId?: number;
}

/**
 * The print session's request filter (webRequest.onBeforeRequest). The print
 * HTML is user content turned into a PDF: it gets no network and no files.
 * Allowed: the print window's own document, as its top-level page, and data:
 * images and fonts (what PRINT_CSP lets the page use; today's story inlines
 * its graphic as SVG and needs neither). Refused: everything else, among them
 * http(s), ws(s), file:, blob:, the app's own pages and another print's document.
 */
export function decidePrintRequest(details: PrintRequestDetails, jobs: Pick<PrintJobs, 'find'>): boolean {
  if (details.url.startsWith('data:')) return details.resourceType === 'image' || details.resourceType === 'font';
  const job = jobs.find(details.url);
  return job !== undefined && details.resourceType === 'mainFrame' && details.webContentsId === job.ownerId;
}

/** The print session's handler for the app scheme: a live job's document with the deny-all policy, else 404. */
export function printDocumentResponse(url: string, jobs: Pick<PrintJobs, 'find'>): Response {
  const job = jobs.find(url);
  if (!job) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(job.document, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP, 'Cache-Control': 'no-store' },
  });
}
