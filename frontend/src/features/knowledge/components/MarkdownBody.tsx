import Markdown, { type Components } from 'react-markdown';

// Markdown headings sit below the page's h1 and the section's h2, so they are shifted two levels down.
const components: Components = {
  h1: ({ node: _node, ...props }) => <h3 className="utrecht-heading-3" {...props} />,
  h2: ({ node: _node, ...props }) => <h4 className="utrecht-heading-4" {...props} />,
  h3: ({ node: _node, ...props }) => <h5 className="utrecht-heading-5" {...props} />,
  h4: ({ node: _node, ...props }) => <h6 className="utrecht-heading-6" {...props} />,
  h5: ({ node: _node, ...props }) => <h6 className="utrecht-heading-6" {...props} />,
  h6: ({ node: _node, ...props }) => <h6 className="utrecht-heading-6" {...props} />,
  p: ({ node: _node, ...props }) => <p className="utrecht-paragraph" {...props} />,
  a: ({ node: _node, ...props }) => (
    <a className="utrecht-link utrecht-link--html-a" {...props} rel="noopener noreferrer" />
  ),
  ul: ({ node: _node, ...props }) => <ul className="utrecht-unordered-list" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="utrecht-ordered-list" {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="utrecht-blockquote" {...props} />,
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
