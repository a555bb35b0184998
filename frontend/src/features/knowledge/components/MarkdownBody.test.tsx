import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MarkdownBody } from './MarkdownBody';

describe('MarkdownBody', () => {
  it('renders Markdown with headings below the page heading and safe links', () => {
    render(<MarkdownBody source={'# Aanpak\n\nLees [de bron](https://example.org/rapport).'} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Aanpak' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'de bron' });
    expect(link).toHaveAttribute('href', 'https://example.org/rapport');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('drops raw HTML and unsafe link targets', () => {
    const { container } = render(
      <MarkdownBody source={'<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[klik](javascript:alert(3))'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    const link = screen.getByText('klik').closest('a');
    expect(link?.getAttribute('href') ?? '').not.toContain('javascript:');
  });
});
