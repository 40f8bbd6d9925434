import { desktopBridge } from '../../shared/ipc/bridge';

/**
 * Saving and opening files the same way in both builds: the desktop app's
 * dialogs through the preload bridge, or a download and a file picker on the web.
 */
export async function saveBytes(name: string, data: Uint8Array | string, filter: { name: string; extensions: string[] }): Promise<boolean> {
  const bridge = desktopBridge();
  if (bridge) return (await bridge.saveFile({ suggestedName: name, filters: [filter], data: typeof data === "string" ? data : new Uint8Array(data) })).saved;
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: typeof data === 'string' ? 'text/plain;charset=utf-8' : 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Asks for a file; null when the user cancels. */
export async function openBytes(accept: string[], filterName: string): Promise<{ name: string; data: Uint8Array } | null> {
  const bridge = desktopBridge();
  if (bridge) return bridge.openFile({ filters: [{ name: filterName, extensions: accept.map((a) => a.replace(/^\./, '')) }] });
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.onchange = async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null);
    };
    input.oncancel = () => resolve(null);
    input.click();
  });
}

/** A file name from user text: no path separators or characters file systems refuse. */
export function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'Rapport';
}
