/**
 * A copy of an on-page <svg> that can leave the page: every computed style that affects drawing is
 * written onto the copy as a presentation attribute (CSS variables, light-dark() and class rules are
 * resolved by the browser first), hidden parts and focus rings are dropped, and no class or style
 * refers back to the page.
 */

const PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
] as const;

/** Elements whose computed style is irrelevant (no drawing of their own). */
const SKIP = new Set(['defs', 'title', 'desc', 'clipPath', 'mask', 'pattern', 'linearGradient', 'radialGradient', 'stop', 'marker', 'symbol']);

function hidden(style: CSSStyleDeclaration): boolean {
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/** `fontFamily` replaces every font on the copy (the page's web fonts cannot travel). */
export function inlineSvgStyles(source: SVGSVGElement, fontFamily: string, view: Window = window): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = view.getComputedStyle(original);
    if (hidden(style) && original !== source) {
      drop.push(target);
      return;
    }
    if (!SKIP.has(original.localName)) {
      for (const property of PROPERTIES) {
        const value = style.getPropertyValue(property);
        if (value && value !== 'normal') target.setAttribute(property, value);
      }
      if (original.localName === 'text' || original.localName === 'tspan') target.setAttribute('font-family', fontFamily);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
    target.removeAttribute('tabindex');
    target.removeAttribute('focusable');
  });
  for (const element of drop) element.remove();
  // Interactive helpers that make no sense on paper.
  copy.querySelectorAll('[data-export="omit"], .recharts-tooltip-cursor, .recharts-active-dot').forEach((e) => e.remove());
  copy.setAttribute('font-family', fontFamily);
  return copy;
}

export interface SerialisedChart {
  inner: string;
  viewBox: string;
  width: number;
  height: number;
}

/** The chart's content and box, sized as it is drawn on screen (CSS pixels). */
export function serialiseChart(source: SVGSVGElement, fontFamily: string, view: Window = window): SerialisedChart | null {
  const rect = source.getBoundingClientRect();
  const width = Math.round(rect.width || Number(source.getAttribute('width')) || 0);
  const height = Math.round(rect.height || Number(source.getAttribute('height')) || 0);
  if (width <= 0 || height <= 0) return null;
  const copy = inlineSvgStyles(source, fontFamily, view);
  const viewBox = copy.getAttribute('viewBox') ?? `0 0 ${width} ${height}`;
  const serializer = new XMLSerializer();
  const inner = [...copy.childNodes].map((node) => serializer.serializeToString(node)).join('');
  return { inner, viewBox, width, height };
}
