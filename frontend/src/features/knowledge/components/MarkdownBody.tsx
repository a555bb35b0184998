import Markdown, { type Components } from 'react-markdown';

// Markdown headings sit below the page's h1 and the section's h2, so they are shifted two levels down.
const components: Components = {
  h1: ({ node: _node, children, ...props }) => (
    <h3 className="utrecht-heading-3" {...props}>
      {children}
    </h3>
  ),
  h2: ({ node: _node, children, ...props }) => (
    <h4 className="utrecht-heading-4" {...props}>
      {children}
    </h4>
  ),
  h3: ({ node: _node, children, ...props }) => (
    <h5 className="utrecht-heading-5" {...props}>
      {children}
    </h5>
  ),
  h4: ({ node: _node, children, ...props }) => (
    <h6 className="utrecht-heading-6" {...props}>
      {children}
    </h6>
  ),
  h5: ({ node: _node, children, ...props }) => (
    <h6 className="utrecht-heading-6" {...props}>
      {children}
    </h6>
  ),
  h6: ({ node: _node, children, ...props }) => (
    <h6 className="utrecht-heading-6" {...props}>
      {children}
    </h6>
  ),
  p: ({ node: _node, children, ...props }) => (
    <p className="utrecht-paragraph" {...props}>
      {children}
    </p>
  ),
  a: ({ node: _node, children, ...props }) => (
    <a className="utrecht-link utrecht-link--html-a" {...props} rel="noopener noreferrer">
      {children}
    </a>
  ),
  ul: ({ node: _node, children, ...props }) => (
    <ul className="utrecht-unordered-list" {...props}>
      {children}
    </ul>
  ),
  ol: ({ node: _node, children, ...props }) => (
    <ol className="utrecht-ordered-list" {...props}>
      {children}
    </ol>
  ),
  blockquote: ({ node: _node, children, ...props }) => (
    <blockquote className="utrecht-blockquote" {...props}>
      {children}
    </blockquote>
  ),
};

/**
 * Renders an item's Markdown safely: raw HTML in the source is dropped (no script from an item ever runs),
 * and react-markdown's default URL filter removes javascript: and other unsafe link targets.
 */
export function MarkdownBody({ source }: { source: string }) {
  return (
    <div className="hub-markdown">
      <Markdown components={components} skipHtml>
        {source}
      </Markdown>
    </div>
  );
}
