import type { FileFilter } from '../../shared/ipc/schemas';

/**
 * File names suggested by the renderer are already refused if they hold a path
 * (schema); here they are also trimmed of characters Windows and macOS refuse,
 * and given the first filter's extension when they have none.
 */
export function safeFileName(name: string, filters: readonly FileFilter[]): string {
  // eslint-disable-next-line no-control-regex -- control characters are what must go
  let clean = name.replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_').trim();
  clean = clean.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (clean.length === 0) clean = 'Untitled';
  const extension = filters[0]?.extensions.find((ext) => ext !== '*');
  if (extension && !/\.[A-Za-z0-9]+$/.test(clean)) clean = `${clean}.${extension}`;
  return clean.slice(0, 200);
}

/** Dialog filters: ours, plus "All files" so the user is never stuck. */
export function dialogFilters(filters: readonly FileFilter[]): FileFilter[] {
  if (filters.length === 0) return [];
  return [...filters, { name: 'All files', extensions: ['*'] }];
}
