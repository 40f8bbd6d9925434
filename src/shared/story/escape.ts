/** Text as HTML text or attribute value: nothing the user wrote can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c] ?? c);
}

/**
 * Text as a quoted CSS string (the running header's `content`): every character
 * but letters, digits and spaces as a hex escape, so nothing can end the string,
 * the rule or the <style> element ("</style>" becomes \3c \2f style\3e ).
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    if (/^[A-Za-z0-9 ]$/.test(ch)) out += ch;
    else out += `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}
