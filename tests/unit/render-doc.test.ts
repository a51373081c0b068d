// One Doc, two flavours: escaped minimal HTML and clean plain text with "- " bullets.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../utils/doc/doc';
import { escapeHtml, renderDoc } from '../../utils/doc/render-doc';

const doc: Doc = [
  { type: 'heading', text: 'Wat te doen?' },
  { type: 'paragraph', text: 'Pijn <4 & "stijfheid" — knieën' },
  {
    type: 'list',
    items: [
      { text: 'Overbelasting', items: [{ text: 'Toename van herhalingen' }] },
      { text: 'Vermoeidheid ' },
    ],
  },
  { type: 'paragraph', text: 'Slot.\t ' },
];

describe('renderDoc', () => {
  const { html, text } = renderDoc(doc);

  it('escapes HTML special characters in the HTML flavour', () => {
    expect(html).toContain('<p>Pijn &lt;4 &amp; &quot;stijfheid&quot; — knieën</p>');
    expect(escapeHtml(`<script>alert('x')</script>`)).toBe('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
  });

  it('makes minimal HTML: a heading, paragraphs and nested lists', () => {
    expect(html).toBe(
      '<h3>Wat te doen?</h3><p>Pijn &lt;4 &amp; &quot;stijfheid&quot; — knieën</p>' +
        '<ul><li>Overbelasting<ul><li>Toename van herhalingen</li></ul></li><li>Vermoeidheid</li></ul><p>Slot.</p>',
    );
  });

  it('makes plain text with "- " bullets, indented sub-items and blank lines between blocks', () => {
    expect(text).toBe(
      'Wat te doen?\nPijn <4 & "stijfheid" — knieën\n\n- Overbelasting\n  - Toename van herhalingen' +
        '\n- Vermoeidheid\n\nSlot.',
    );
  });

  it('leaves no markup, entities or trailing white space in plain text', () => {
    expect(text).not.toMatch(/<\/?[a-z]|&[a-z]+;/);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('renders an empty doc as empty strings', () => {
    expect(renderDoc([])).toEqual({ html: '', text: '' });
  });
});
