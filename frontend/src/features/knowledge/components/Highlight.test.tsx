import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Highlight, parseHighlight, stripMarkdown } from './Highlight';

describe('parseHighlight', () => {
  it('splits a snippet on the [[ ]] markers', () => {
    expect(parseHighlight('… een [[lerende]] organisatie met [[leren]]')).toEqual([
      { text: '… een ', match: false },
      { text: 'lerende', match: true },
      { text: ' organisatie met ', match: false },
      { text: 'leren', match: true },
    ]);
  });

  it('keeps unpaired markers as plain text', () => {
    expect(parseHighlight('a [[b')).toEqual([{ text: 'a [[b', match: false }]);
    expect(parseHighlight('a ]] b')).toEqual([{ text: 'a ]] b', match: false }]);
  });
});

describe('Highlight', () => {
  it('renders matches as <mark>', () => {
    const { container } = render(<Highlight snippet="een [[lerende]] organisatie" />);
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('lerende');
    expect(container).toHaveTextContent('een lerende organisatie');
  });

  it('never interprets markup in a snippet (no HTML injection)', () => {
    const snippet = '<img src=x onerror="alert(1)"> [[<b>vet</b>]] <script>alert(2)</script>';
    const { container } = render(<Highlight snippet={snippet} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')).toHaveTextContent('<b>vet</b>');
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> <b>vet</b> <script>alert(2)</script>');
  });
});

describe('stripMarkdown', () => {
  it('shows Markdown in a snippet as plain text', () => {
    expect(stripMarkdown('zijn. ## Een werkbare definitie De *leren* en **vet**')).toBe('zijn. Een werkbare definitie De leren en vet');
    expect(stripMarkdown('de website van de [SER](https://www.ser.nl/). Deze')).toBe('de website van de SER. Deze');
  });
});
