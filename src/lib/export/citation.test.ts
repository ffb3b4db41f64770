import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  accessDate,
  bibtexEscape,
  datasetBibtex,
  datasetCitationText,
  figureBibtex,
  figureCitationText,
  type CitationMeta,
} from './citation';

// The real dataset's meta: the citations must agree with what About the data shows (meta.citation).
const meta = (JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { meta: CitationMeta }).meta;
const figure = { title: 'China vs US frontier over time', url: 'https://example.org/timeline?region=cn,us&from=2024-01' };
const accessed = '2026-11-30';

function balancedBraces(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('citation text', () => {
  it('the dataset citation starts with the text About the data shows, then the address and access date', () => {
    const text = datasetCitationText(meta, 'https://example.org/', accessed);
    expect(text.startsWith(meta.citation)).toBe(true);
    expect(text).toContain('https://example.org/');
    expect(text).toContain(`accessed ${accessed}`);
  });

  it.each(['Cited text.', 'Cited text', 'Cited text. '])('one full stop after the dataset citation %j', (citation) => {
    expect(datasetCitationText({ ...meta, citation }, 'https://e.org/', accessed)).toBe(`Cited text. Dashboard: https://e.org/ (accessed ${accessed}).`);
  });

  it('a figure citation names the figure, the dataset version, the report, the access date and the figure URL', () => {
    const text = figureCitationText(meta, figure, accessed);
    for (const part of [figure.title, meta.datasetVersion, meta.asOf, meta.report.title, meta.report.publisher, meta.report.url, figure.url, accessed]) {
      expect(text).toContain(part);
    }
  });

  it('the access date is a UTC day', () => {
    expect(accessDate(new Date('2026-11-30T23:30:00-05:00'))).toBe('2026-12-01');
  });
});

describe('BibTeX', () => {
  it.each([
    ['50% & more_', '50\\% \\& more\\_'],
    ['{x} #1 $2 ~ ^', '\\{x\\} \\#1 \\$2 \\textasciitilde{} \\textasciicircum{}'],
    ['a\\b', 'a\\textbackslash{}b'],
    ['深度求索 “quoted”', '深度求索 “quoted”'],
  ])('escapes %s', (raw, escaped) => expect(bibtexEscape(raw)).toBe(escaped));

  it('the dataset entry has version, year, URL, access date and the report', () => {
    const bib = datasetBibtex(meta, 'https://example.org/', accessed);
    expect(bib).toMatch(/^@misc\{stateOfAiChinaQ12025Dataset\d{4},\n/);
    expect(bib).toContain(`version = {${meta.datasetVersion}}`);
    expect(bib).toContain(`year = {${meta.asOf.slice(0, 4)}}`);
    expect(bib).toContain('url = {https://example.org/}');
    expect(bib).toContain(`urldate = {${accessed}}`);
    expect(bib).toContain(`\\url{${meta.report.url}}`);
    expect(balancedBraces(bib)).toBe(true);
  });

  it('a figure entry keeps the figure URL verbatim and escapes hostile titles', () => {
    const bib = figureBibtex(meta, { title: 'Share } of {GPUs} 100% & more', url: figure.url }, accessed);
    expect(bib).toContain(`url = {${figure.url}}`);
    expect(bib).toContain('title = {{Share \\} of \\{GPUs\\} 100\\% \\& more}}');
    expect(balancedBraces(bib)).toBe(true);
  });
});
