/**
 * Prints self-contained HTML from a sandboxed frame: no scripts may run in it
 * (the sandbox has no allow-scripts and the document carries a deny-all CSP);
 * same-origin only so this page can call the frame's print().
 */
export function printHtmlInFrame(html: string, title: string): HTMLIFrameElement {
  document.querySelectorAll('iframe[data-story-print]').forEach((old) => old.remove());
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('data-story-print', '');
  frame.title = title;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden;';
  frame.srcdoc = html;
  frame.onload = () => frame.contentWindow?.print();
  document.body.append(frame);
  return frame;
}
