import { isSafeUrl } from '../notebook/safeUrl';

/**
 * Makes Markdown written from user content safe to open in any Markdown
 * viewer: HTML is escaped (`<` becomes `&lt;`, so no tag, comment or autolink
 * survives) and links other than web and mail links (`javascript:`, `data:`,
 * relative) are written as plain text: "label (url)", never clickable. Code
 * spans and fenced blocks are left as they are: a viewer shows them literally.
 */
export function safeMarkdown(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return safeLine(line);
    })
    .join('\n');
}

/** A line outside code blocks: code spans kept, the rest made safe. */
function safeLine(line: string): string {
  // A reference definition ("[id]: javascript:..."): unsafe ones lose their meaning.
  const reference = /^(\s{0,3})\[([^\]]+)\]:\s*<?(\S+?)>?(\s.*)?$/.exec(line);
  if (reference && !isSafeUrl(reference[3])) return `${reference[1]}\\[${escapeHtml(reference[2])}\\]: ${escapeHtml(reference[3])}${escapeHtml(reference[4] ?? '')}`;
  const parts = line.split(/(`+[^`]*`+)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : safeText(part))).join('');
}

const LINK = /(!?)\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)/g;

function safeText(text: string): string {
  return escapeHtml(text).replace(LINK, (whole, bang: string, label: string, inside: string) => {
    // The destination, without an optional title and angle brackets.
    const url = inside.trim().replace(/\s+"[^"]*"$/, '');
    const target = url.replace(/&lt;/g, '<').replace(/^<(.*)>$/, '$1');
    if (isSafeUrl(target)) return whole;
    // Plain text: the label, then the address in parentheses, with nothing a viewer could follow.
    return `${bang ? 'Image: ' : ''}${label} (${url.replace(/:/, '\\:')})`;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/</g, '&lt;');
}
