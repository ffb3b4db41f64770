/**
 * A PNG of a standalone SVG document, at `scale` × its size, drawn by the browser itself (an <img>
 * of the SVG onto a canvas): no library, no network, and nothing in the SVG can taint the canvas
 * because it refers to no outside resource. Every failure is a result, never an exception.
 */

export type ExportFailure = 'no-chart' | 'canvas-blocked' | 'image-load' | 'encode' | 'unknown';
export type ExportResult<T> = { ok: true; value: T } | { ok: false; error: ExportFailure; detail?: string };

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image-load'));
    img.src = url;
  });
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<ExportResult<Blob>> {
  // A data: address, not a blob: one: the page's Content-Security-Policy allows images from 'self' and
  // data: only, so a blob: image would be refused.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    let img: HTMLImageElement;
    try {
      img = await loadImage(url);
    } catch {
      return { ok: false, error: 'image-load' };
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) return { ok: false, error: 'canvas-blocked' };
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    let blob: Blob | null;
    try {
      blob = await toBlob(canvas);
    } catch (error) {
      // A tainted or fingerprint-protected canvas refuses to export (SecurityError).
      return { ok: false, error: 'canvas-blocked', detail: error instanceof Error ? error.message : String(error) };
    }
    return blob ? { ok: true, value: blob } : { ok: false, error: 'encode' };
  } catch (error) {
    return { ok: false, error: 'unknown', detail: error instanceof Error ? error.message : String(error) };
  }
}
