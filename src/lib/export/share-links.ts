/**
 * Addresses for sharing a figure: the embed address (same state, chrome-less route) and the
 * `<iframe>` snippet. Pure; the caller passes the current address and the app's base path.
 */

/** Embeddable figures are named by a lower-case slug: `/embed/<figure>`. */
const FIGURE_SLUG = /^[a-z0-9][a-z0-9-]{0,40}$/;

/**
 * The figure an embed address asks for, or the default one when the name is missing, unknown or
 * hostile (never an error page inside someone else's article).
 */
export function parseEmbedFigure<F extends string>(raw: string | null | undefined, known: readonly F[], fallback: F): F {
  if (!raw || !FIGURE_SLUG.test(raw)) return fallback;
  return known.find((f) => f === raw) ?? fallback;
}

/**
 * `<origin><base>embed/<figure><search>`: the same state parameters as the full view, or `search` when
 * the page's own address does not carry the figure's whole state (a story step's page carries only the
 * shared filters; its figure's view options come from the step).
 */
export function embedUrl(pageUrl: string, base: string, figure: string, search?: string): string {
  const page = new URL(pageUrl);
  const root = base.endsWith('/') ? base : `${base}/`;
  const url = new URL(`${root}embed/${encodeURIComponent(figure)}`, page.origin);
  url.search = search ?? page.search;
  return url.toString();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A sensible default: the figure, its title and source line fit without an inner scroll bar. */
export const DEFAULT_EMBED_HEIGHT = 600;

export function iframeSnippet(src: string, title: string, height = DEFAULT_EMBED_HEIGHT): string {
  const h = Number.isFinite(height) && height > 0 ? Math.round(height) : DEFAULT_EMBED_HEIGHT;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${h}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
