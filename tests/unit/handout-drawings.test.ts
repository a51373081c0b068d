// The handout's drawings: one SVG file each in assets/drawings/, saying in its first line
// what it shows, self-contained and small, and every one with alt text in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { glutealTendinopathyHandout } from '../../content/gluteal-tendinopathy-handout';
import { CONTENT_LANGUAGES } from '../../content/schema';

const DIR = join(__dirname, '../../assets/drawings');
const files = readdirSync(DIR).filter((name) => name.endsWith('.svg'));
const { drawings } = glutealTendinopathyHandout;
const itemsOf = (role: 'tips' | 'compression') =>
  condition.sections
    .flatMap((section) => section.blocks)
    .flatMap((block) =>
      block.kind === 'list' && (role === 'tips' ? block.role === 'tips' : block.id === 'compression')
        ? block.items
        : [],
    );

describe('drawings', () => {
  it('cover the five practical tips and the three compressive positions', () => {
    const tips = itemsOf('tips').map((item) => item.id);
    const positions = itemsOf('compression').map((item) => item.id);
    expect(tips).toHaveLength(5);
    expect(positions).toEqual(['adduction', 'flexion', 'internal-rotation']);
    expect(drawings.map((d) => d.item).sort()).toEqual([...tips, ...positions].sort());
  });

  it('each have alt text in both languages, different per drawing and per language', () => {
    for (const drawing of drawings) {
      for (const language of CONTENT_LANGUAGES) {
        expect(drawing.alt[language].length, `${drawing.file} ${language}`).toBeGreaterThan(20);
      }
      expect(drawing.alt.nl).not.toBe(drawing.alt.en);
    }
    for (const language of CONTENT_LANGUAGES) {
      expect(new Set(drawings.map((d) => d.alt[language])).size).toBe(drawings.length);
    }
  });

  it('are each a file of their own, and every file is used', () => {
    expect(files.map((name) => name.replace(/\.svg$/, '')).sort()).toEqual(
      drawings.map((d) => d.file).sort(),
    );
  });

  it.each(files)('%s says what it shows in one comment line, is self-contained and small', (name) => {
    const svg = readFileSync(join(DIR, name), 'utf8');
    const [first, second] = svg.split('\n');
    expect(first).toMatch(/^<!-- .{20,} -->$/);
    expect(second).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 160 120"/);
    // One line style for all: black strokes, no fills or colours, no text to translate.
    expect(second).toContain('stroke="#000"');
    expect(svg).not.toMatch(/<text|<image|href=|url\(|fill="(?!none)/);
    expect(svg.length).toBeLessThan(1024);
  });
});
