import { describe, expect, it } from 'vitest';
import { PRINT_CSP } from '../../src/shared/ipc/csp';
import { APP_ENTRY_URL } from '../../src/main/config/appProtocol';
import { createPrintJobs, decidePrintRequest, printDocumentResponse, printDocumentUrl, printJobId } from '../../src/main/pdf/printJobs';

// The print session's rules (issue 14 item 8): the print HTML is user content
// rendered to PDF, so its window may load its own document and nothing else.

const ID_A = '0b7c7e52-4f0e-4d7e-9a43-3f1f4c3b8a01';
const ID_B = '5d1d2c7a-91e4-4f3e-8c7b-2a9b6e0f4c02';

function twoJobs() {
  const ids = [ID_A, ID_B];
  const jobs = createPrintJobs(() => ids.shift()!);
  const a = jobs.add('<p>A</p>', 11);
  const b = jobs.add('<p>B</p>', 22);
  return { jobs, a, b };
}

describe('print request filter', () => {
  it('lets a print window load its own document as its page', () => {
    const { jobs, a, b } = twoJobs();
    expect(a.url).toBe(`rapport://print/${ID_A}/document.html`);
    expect(decidePrintRequest({ url: a.url, resourceType: 'mainFrame', webContentsId: 11 }, jobs)).toBe(true);
    expect(decidePrintRequest({ url: b.url, resourceType: 'mainFrame', webContentsId: 22 }, jobs)).toBe(true);
  });

  it("refuses another print's document, a document as a subresource, and a request of no window", () => {
    const { jobs, a } = twoJobs();
    expect(decidePrintRequest({ url: a.url, resourceType: 'mainFrame', webContentsId: 22 }, jobs)).toBe(false);
    for (const resourceType of ['subFrame', 'image', 'stylesheet', 'xhr', 'other', undefined]) {
      expect(decidePrintRequest({ url: a.url, resourceType, webContentsId: 11 }, jobs), String(resourceType)).toBe(false);
    }
    expect(decidePrintRequest({ url: a.url, resourceType: 'mainFrame' }, jobs)).toBe(false);
  });

  it('refuses the network, files, blobs and every other app URL', () => {
    const { jobs } = twoJobs();
    const refused = [
      'http://example.com/tracker.png',
      'https://example.com/font.woff2',
      'http://127.0.0.1:4455/health',
      'ws://127.0.0.1:4455/ws-1/workspace',
      'wss://relay.example/ws',
      'file:///etc/passwd',
      'file:///C:/Users/me/secret.txt',
      'blob:rapport://print/0b7c7e52-4f0e-4d7e-9a43-3f1f4c3b8a01',
      APP_ENTRY_URL,
      'rapport://app/assets/index.js',
      'rapport://print/document.html',
      `rapport://print/${ID_A}/other.html`,
      `rapport://print/${ID_A}/document.html?x=1`,
      `rapport://print/${ID_A}/document.html#top`,
      `rapport://print/${ID_A.toUpperCase()}/document.html`,
      `rapport://print/${ID_A}/../${ID_B}/document.html/..`,
      `rapport://user:pw@print/${ID_A}/document.html`,
      `rapport://print.evil/${ID_A}/document.html`,
      'chrome://gpu',
      'devtools://devtools/bundled/inspector.html',
      'javascript:alert(1)',
      'not a url',
    ];
    for (const url of refused) {
      for (const resourceType of ['mainFrame', 'image', 'font', 'webSocket']) {
        expect(decidePrintRequest({ url, resourceType, webContentsId: 11 }, jobs), `${url} as ${resourceType}`).toBe(false);
      }
    }
  });

  it('allows data: only as an image or a font, as the print CSP does', () => {
    const { jobs } = twoJobs();
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(decidePrintRequest({ url: png, resourceType: 'image', webContentsId: 11 }, jobs)).toBe(true);
    expect(decidePrintRequest({ url: 'data:font/woff2;base64,d09GMg==', resourceType: 'font', webContentsId: 11 }, jobs)).toBe(true);
    for (const resourceType of ['mainFrame', 'subFrame', 'script', 'stylesheet', 'xhr', 'media', 'object', undefined]) {
      expect(decidePrintRequest({ url: 'data:text/html,<script>alert(1)</script>', resourceType, webContentsId: 11 }, jobs), String(resourceType)).toBe(false);
    }
    expect(PRINT_CSP).toContain('img-src data:');
  });

  it('refuses a finished print: its URL stops resolving', async () => {
    const { jobs, a, b } = twoJobs();
    a.release();
    expect(jobs.size).toBe(1);
    expect(decidePrintRequest({ url: a.url, resourceType: 'mainFrame', webContentsId: 11 }, jobs)).toBe(false);
    expect((await printDocumentResponse(a.url, jobs)).status).toBe(404);
    // The other print, still running, is untouched.
    expect(await (await printDocumentResponse(b.url, jobs)).text()).toBe('<p>B</p>');
    b.release();
    expect(jobs.size).toBe(0);
  });
});

describe('print documents', () => {
  it('answers each live document with the deny-all policy and no caching', async () => {
    const { jobs, a, b } = twoJobs();
    const response = printDocumentResponse(a.url, jobs);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CSP);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('<p>A</p>');
    expect(await printDocumentResponse(b.url, jobs).text()).toBe('<p>B</p>');
    expect(printDocumentResponse(APP_ENTRY_URL, jobs).status).toBe(404);
  });

  it('names jobs by fresh random UUIDs only', () => {
    const jobs = createPrintJobs();
    const first = jobs.add('x', 1).url;
    const second = jobs.add('y', 1).url;
    expect(first).not.toBe(second);
    expect(printJobId(first)).toMatch(/^[0-9a-f-]{36}$/);
    expect(printJobId(printDocumentUrl('../../etc'))).toBeUndefined();
    expect(() => createPrintJobs(() => 'fixed').add('x', 1)).toThrow(/fresh UUIDs/);
    const same = createPrintJobs(() => ID_A);
    same.add('x', 1);
    expect(() => same.add('y', 2)).toThrow(/fresh UUIDs/);
  });
});
