import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/dataset.schema';
import { previewBars, previewSvg } from '../../scripts/og-image/preview-image';
import { lightColour, previewColours, previewTags, renderPreviewPng } from '../../scripts/og-image/vite-plugin-og-image';

const data = datasetSchema.parse(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
const css = readFileSync('src/styles/theme.css', 'utf8');

describe('the link-preview image', () => {
  it('draws the top ten preferred values on the primary scale, highest first, estimates marked "+"', () => {
    const bars = previewBars(data);
    expect(bars).toHaveLength(10);
    expect(bars.map((b) => b.value)).toEqual([...bars.map((b) => b.value)].sort((a, b) => b - a));
    for (const bar of bars) {
      const model = data.models.find((m) => m.name === bar.name)!;
      const score = model.scores.find((s) => s.scale === data.meta.primaryScale && s.preferred)!;
      expect(score.value).toBe(bar.value);
      expect(bar.label.endsWith('+')).toBe(score.status === 'estimate');
    }
  });

  it('is an SVG with the title, the source and the as-of date, in the theme’s colours', () => {
    const svg = previewSvg(data, previewColours(css));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.documentElement.textContent ?? '';
    expect(text).toContain('China AI Dashboard');
    expect(text).toContain(data.meta.asOf);
    expect(text).toContain(data.meta.report.publisher);
    expect(svg).toContain(`fill="${lightColour(css, 'region-cn')}"`);
  });

  it('rasterises to a 1200 × 630 PNG', () => {
    const { png } = renderPreviewPng(process.cwd());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('a colour that is not light-dark(#hex, …) fails the build loudly', () => {
    expect(() => lightColour(':root { --bg: white; }', 'bg')).toThrow(/--bg/);
  });
});

describe('the preview meta tags', () => {
  it('carry the page’s own title and description, and the image with its size and alt text', () => {
    const tags = previewTags(readFileSync('index.html', 'utf8'), 'https://example.org/og-image.png', 'https://example.org/', 'alt text');
    const content = (key: string) => tags.find((t) => t.attrs?.property === key || t.attrs?.name === key)?.attrs?.content;
    expect(content('og:title')).toBe('China AI Dashboard');
    expect(content('og:description')).toMatch(/State of AI: China Q1 2025/);
    expect(content('og:image')).toBe('https://example.org/og-image.png');
    expect(content('og:url')).toBe('https://example.org/');
    expect(content('og:image:width')).toBe('1200');
    expect(content('twitter:card')).toBe('summary_large_image');
    expect(content('twitter:image')).toBe('https://example.org/og-image.png');
    expect(content('twitter:image:alt')).toBe('alt text');
  });
});
