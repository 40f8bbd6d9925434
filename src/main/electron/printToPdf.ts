import { BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from '../config/appProtocol';
import { printWindowOptions } from '../config/webPreferences';
import { PRINT_CSP } from '../../shared/ipc/csp';
import type { PageSize } from '../../shared/ipc/schemas';
import { printToPdfOptions, wrapForPrint } from '../pdf/printTemplates';

const PRINT_URL = `${APP_SCHEME}://print/document.html`;

/**
 * Renders HTML to PDF in a hidden window with JavaScript off, its own
 * in-memory session that serves only this document, every other request
 * cancelled, and a deny-all CSP. The window is destroyed afterwards.
 */
export async function renderPdf(options: { html: string; pageSize: PageSize; title: string; headerTemplate?: string; footerTemplate?: string }): Promise<Uint8Array> {
  // A partition without "persist:" lives in memory only and dies with the window.
  const window = new BrowserWindow(printWindowOptions(`rapport-print-${randomUUID()}`));
  const ses = window.webContents.session;
  const document = wrapForPrint(options.html);
  ses.protocol.handle(APP_SCHEME, (request) =>
    request.url === PRINT_URL
      ? new Response(document, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP } })
      : new Response('Not found', { status: 404 }),
  );
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== PRINT_URL }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  try {
    await window.loadURL(PRINT_URL);
    const pdf = await window.webContents.printToPDF(printToPdfOptions(options));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    ses.protocol.unhandle(APP_SCHEME);
    window.destroy();
  }
}
