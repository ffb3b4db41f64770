/**
 * Build step: draws the link-preview image from public/data/dataset.json (see preview-image.ts),
 * rasterises it with resvg (no browser needed), emits it as `og-image.png`, and adds the Open Graph and
 * Twitter card tags to the built index.html. The title and description come from index.html itself.
 * Set SITE_URL (e.g. https://example.org/china-ai/) to make the image and page addresses absolute,
 * as some link unfurlers require.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { datasetSchema } from '../../src/data/dataset.schema.ts';
import { figureExport } from '../../src/messages/en/figure-export.ts';
import { PREVIEW_FONTS, PREVIEW_HEIGHT, PREVIEW_WIDTH, previewBars, previewSvg, type PreviewColours } from './preview-image.ts';

export const PREVIEW_FILE = 'og-image.png';

/** The light theme's value of a colour variable in theme.css (`--name: light-dark(#light, #dark)`). */
export function lightColour(css: string, name: string): string {
  const match = new RegExp(`--${name}:\\s*light-dark\\(\\s*(#[0-9a-fA-F]{3,8})`).exec(css);
  if (!match?.[1]) throw new Error(`og-image: --${name} is not a light-dark(#hex, …) colour in theme.css`);
  return match[1];
}

export function previewColours(css: string): PreviewColours {
  return {
    background: lightColour(css, 'bg'),
    text: lightColour(css, 'fg'),
    muted: lightColour(css, 'fg-muted'),
    grid: lightColour(css, 'grid'),
    region: { cn: lightColour(css, 'region-cn'), us: lightColour(css, 'region-us'), other: lightColour(css, 'region-other') },
  };
}

export function renderPreviewPng(root: string): { png: Buffer; count: number } {
  const data = datasetSchema.parse(JSON.parse(readFileSync(resolve(root, 'public/data/dataset.json'), 'utf8')));
  const svg = previewSvg(data, previewColours(readFileSync(resolve(root, 'src/styles/theme.css'), 'utf8')));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: PREVIEW_FONTS.split(',')[0]!.replace(/'/g, '').trim() },
  });
  return { png: resvg.render().asPng(), count: previewBars(data).length };
}

function metaContent(html: string, name: string): string | null {
  return new RegExp(`<meta\\s+name="${name}"\\s+content="([^"]*)"`).exec(html)?.[1] ?? null;
}

export function previewTags(html: string, imageUrl: string, pageUrl: string | null, alt: string): HtmlTagDescriptor[] {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const description = metaContent(html, 'description') ?? '';
  const property = (p: string, content: string): HtmlTagDescriptor => ({ tag: 'meta', attrs: { property: p, content }, injectTo: 'head' });
  const named = (n: string, content: string): HtmlTagDescriptor => ({ tag: 'meta', attrs: { name: n, content }, injectTo: 'head' });
  return [
    property('og:type', 'website'),
    property('og:title', title),
    property('og:description', description),
    ...(pageUrl ? [property('og:url', pageUrl)] : []),
    property('og:image', imageUrl),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(PREVIEW_WIDTH)),
    property('og:image:height', String(PREVIEW_HEIGHT)),
    property('og:image:alt', alt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', title),
    named('twitter:description', description),
    named('twitter:image', imageUrl),
    named('twitter:image:alt', alt),
  ];
}

export function ogImagePlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let rendered: { png: Buffer; count: number } | null = null;
  return {
    name: 'og-image',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      rendered = renderPreviewPng(root);
    },
    generateBundle() {
      if (rendered) this.emitFile({ type: 'asset', fileName: PREVIEW_FILE, source: rendered.png });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const site = process.env.SITE_URL ? new URL(process.env.SITE_URL) : null;
        const imagePath = `${base.endsWith('/') ? base : `${base}/`}${PREVIEW_FILE}`;
        const imageUrl = site ? new URL(PREVIEW_FILE, site).toString() : imagePath;
        return previewTags(html, imageUrl, site?.toString() ?? null, figureExport.preview.alt(rendered?.count ?? 0));
      },
    },
  };
}
