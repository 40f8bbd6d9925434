import type { Snippet } from '../../shared/search/snippets';

/** A snippet with its matched words marked; the text is rendered as text, never as HTML. */
export function Highlight({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.ranges.forEach((range, i) => {
    if (range.start > at) parts.push(snippet.text.slice(at, range.start));
    parts.push(<mark key={i}>{snippet.text.slice(range.start, range.end)}</mark>);
    at = range.end;
  });
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return (
    <span className="snippet">
      {snippet.truncatedStart && '…'}
      {parts}
      {snippet.truncatedEnd && '…'}
    </span>
  );
}
