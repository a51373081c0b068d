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
      { text: 'Overbelasting', items: [{ text: 'Toename van herhalingen' }, { text: 'BMI hoog' }] },
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

  it('makes minimal HTML with one list level: sub-items join their item, so no editor glues words', () => {
    expect(html).toBe(
      '<h3>Wat te doen?</h3><p>Pijn &lt;4 &amp; &quot;stijfheid&quot; — knieën</p>' +
        '<ul><li>Overbelasting: toename van herhalingen; BMI hoog</li><li>Vermoeidheid</li></ul><p>Slot.</p>',
    );
    expect(html).not.toMatch(/<li>(?:(?!<\/li>).)*<ul>/);
  });

  it('makes plain text with "- " bullets, sub-items in their item, blank lines between blocks', () => {
    expect(text).toBe(
      'Wat te doen?\nPijn <4 & "stijfheid" — knieën\n\n- Overbelasting: toename van herhalingen; BMI hoog' +
        '\n- Vermoeidheid\n\nSlot.',
    );
  });

  it('flattens any depth and keeps a lead that already ends in a colon', () => {
    const deep: Doc = [
      {
        type: 'list',
        items: [{ text: 'A:', items: [{ text: 'B', items: [{ text: 'C' }] }] }],
      },
    ];
    expect(renderDoc(deep).html).toBe('<ul><li>A: b: c</li></ul>');
  });

  it('leaves no markup, entities or trailing white space in plain text', () => {
    expect(text).not.toMatch(/<\/?[a-z]|&[a-z]+;/);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('renders an empty doc as empty strings', () => {
    expect(renderDoc([])).toEqual({ html: '', text: '' });
  });
});
