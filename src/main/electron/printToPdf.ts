import { BrowserWindow, session, type Session } from 'electron';
import { APP_SCHEME } from '../config/appProtocol';
import { PRINT_PARTITION, printWindowOptions } from '../config/webPreferences';
import type { PageSize } from '../../shared/ipc/schemas';
import { createPrintJobs, decidePrintRequest, printDocumentResponse } from '../pdf/printJobs';
import { printToPdfOptions, wrapForPrint } from '../pdf/printTemplates';

const jobs = createPrintJobs();
let printSession: Session | undefined;

/**
 * The one print session, hardened the first time it is needed (after ready):
 * in memory, no HTTP cache (so no printed document outlives its print),
 * every permission denied, the app scheme answering only live print jobs,
 * file: failing, and every request but a window's own document cancelled
 * (decidePrintRequest).
 */
function hardenedPrintSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.protocol.handle(APP_SCHEME, (request) => printDocumentResponse(request.url, jobs));
  // webRequest does not see every file: load (electron/electron#22370, #45903): fail them here as well.
  ses.protocol.handle('file', () => Response.error());
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !decidePrintRequest(details, jobs) }));
  printSession = ses;
  return ses;
}

/**
 * Renders HTML to PDF in a hidden window with JavaScript off and a deny-all
 * CSP, on the shared print session. The document is registered for this
 * window only and forgotten afterwards; the window is destroyed.
 */
export async function renderPdf(options: { html: string; pageSize: PageSize; title: string; headerTemplate?: string; footerTemplate?: string }): Promise<Uint8Array> {
  hardenedPrintSession();
  const window = new BrowserWindow(printWindowOptions());
  const job = jobs.add(wrapForPrint(options.html), window.webContents.id);
  try {
    await window.loadURL(job.url);
    const pdf = await window.webContents.printToPDF(printToPdfOptions(options));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    job.release();
    window.destroy();
  }
}
