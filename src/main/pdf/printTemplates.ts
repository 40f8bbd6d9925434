import { PRINT_CSP } from '../../shared/ipc/csp';
import type { PageSize } from '../../shared/ipc/schemas';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The document the print window loads: the renderer's HTML with the deny-all
 * policy put first in <head>, so it applies before anything in the document.
 */
export function wrapForPrint(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  const headMatch = /<head[^>]*>/i.exec(html);
  if (headMatch) return html.slice(0, headMatch.index + headMatch[0].length) + meta + html.slice(headMatch.index + headMatch[0].length);
  return `<!doctype html><html><head><meta charset="utf-8">${meta}</head><body>${html}</body></html>`;
}

const TEMPLATE_STYLE = 'font-family: system-ui, sans-serif; font-size: 8px; color: #666; width: 100%; padding: 0 12mm;';

/** Chromium fills the spans with classes date, title, pageNumber and totalPages. */
export function headerTemplate(title: string): string {
  return `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between;"><span>${escapeHtml(title)}</span><span class="date"></span></div>`;
}

export function footerTemplate(): string {
  return `<div style="${TEMPLATE_STYLE} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
}

/**
 * Options for webContents.printToPDF (Electron 45 names): tagged (accessible)
 * PDF with an outline from the headings; the renderer's templates when given,
 * else title and date on top and "Page N of M" below.
 */
export function printToPdfOptions(options: { pageSize: PageSize; title: string; headerTemplate?: string; footerTemplate?: string }) {
  return {
    pageSize: options.pageSize,
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate ?? headerTemplate(options.title),
    footerTemplate: options.footerTemplate ?? footerTemplate(),
    margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[A-Za-z0-9]+$/, '');
}
