/**
 * Citation text and BibTeX for the dataset and for one figure. Pure; the dataset's `meta` (see
 * src/data/dataset.schema.ts) fits `CitationMeta` as it is. The dataset citation starts with
 * `meta.citation`, the text About the data shows, so the two always agree.
 */

export interface CitationMeta {
  title: string;
  datasetVersion: string;
  /** YYYY-MM-DD */
  asOf: string;
  citation: string;
  report: { title: string; publisher: string; url: string; publishedBy: string };
}

export interface CitedFigure {
  title: string;
  /** The address that reopens exactly this figure in this state. */
  url: string;
}

/** The access date as YYYY-MM-DD (UTC), the form citation styles and BibTeX `urldate` expect. */
export function accessDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function datasetCitationText(meta: CitationMeta, url: string, accessed: string): string {
  // meta.citation may or may not end with a full stop: never write two.
  return `${meta.citation.replace(/[.\s]+$/, '')}. Dashboard: ${url} (accessed ${accessed}).`;
}

export function figureCitationText(meta: CitationMeta, figure: CitedFigure, accessed: string): string {
  const r = meta.report;
  return (
    `“${figure.title}”, figure from ${meta.title}, version ${meta.datasetVersion} (data as of ${meta.asOf}). ` +
    `${figure.url} (accessed ${accessed}). ` +
    `Based on ${r.publisher}, “${r.title}” (published on or before ${r.publishedBy}), ${r.url}`
  );
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX's special characters in a text field (URLs go in `url`, which is read verbatim). */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c] ?? c);
}

function bibtexKey(meta: CitationMeta, what: string): string {
  const words = `${meta.report.title} ${what}`.replace(/[^A-Za-z0-9 ]+/g, ' ').trim().split(/\s+/);
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
  return `${camel}${meta.asOf.slice(0, 4)}`;
}

function bibtexEntry(key: string, fields: ReadonlyArray<readonly [string, string]>): string {
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${key},\n${body}\n}\n`;
}

function basedOn(meta: CitationMeta): string {
  const r = meta.report;
  return bibtexEscape(`Based on ${r.publisher}, “${r.title}” (published on or before ${r.publishedBy}), `) + `\\url{${r.url}}`;
}

export function datasetBibtex(meta: CitationMeta, url: string, accessed: string): string {
  return bibtexEntry(bibtexKey(meta, 'dataset'), [
    ['title', `{${bibtexEscape(meta.title)}}`],
    ['version', bibtexEscape(meta.datasetVersion)],
    ['year', meta.asOf.slice(0, 4)],
    ['date', meta.asOf],
    ['url', url],
    ['urldate', accessed],
    ['note', basedOn(meta)],
  ]);
}

export function figureBibtex(meta: CitationMeta, figure: CitedFigure, accessed: string): string {
  return bibtexEntry(bibtexKey(meta, figure.title), [
    ['title', `{${bibtexEscape(figure.title)}}`],
    ['howpublished', `Figure from {${bibtexEscape(meta.title)}}, version ${bibtexEscape(meta.datasetVersion)}`],
    ['year', meta.asOf.slice(0, 4)],
    ['date', meta.asOf],
    ['url', figure.url],
    ['urldate', accessed],
    ['note', basedOn(meta)],
  ]);
}
