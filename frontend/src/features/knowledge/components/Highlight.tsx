import { Mark } from '@utrecht/component-library-react';

export interface HighlightPart {
  text: string;
  match: boolean;
}

/** Splits an API snippet on its `[[` … `]]` markers. Unpaired markers are kept as plain text. */
export function parseHighlight(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf('[[');
    const end = start < 0 ? -1 : rest.indexOf(']]', start + 2);
    if (start < 0 || end < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    if (end > start + 2) parts.push({ text: rest.slice(start + 2, end), match: true });
    rest = rest.slice(end + 2);
  }
  return parts;
}

/**
 * Snippets are cut from the Markdown body, so they can contain Markdown syntax; show it as the reader would
 * read it: link text without the address, no heading hashes or emphasis stars.
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/(^|\s)#{1,6}\s+/g, '$1')
    .replace(/\*{1,3}|`+/g, '');
}

/**
 * Renders a search snippet with the matches as <mark>. Every part is a React text node, so markup in a
 * snippet is shown as text and never interpreted (no innerHTML).
 */
export function Highlight({ snippet }: { snippet: string }) {
  return (
    <>
      {parseHighlight(snippet).map((part, index) =>
        part.match ? <Mark key={index}>{stripMarkdown(part.text)}</Mark> : <span key={index}>{stripMarkdown(part.text)}</span>,
      )}
    </>
  );
}
