/** Strings of the share, download and cite panels (their buttons: figure-actions.ts), the print layout and the embed page. */
export const figureExport = {
  share: {
    copyLink: 'Copy link to this figure',
    copied: 'Link copied',
    copyRefused: 'The browser did not allow copying. Select the link below and copy it:',
    linkLabel: 'Link to this figure',
    nativeShare: 'Share…',
    shareFailed: 'The share sheet could not be opened.',
    copyEmbed: 'Copy embed code',
    embedCopied: 'Embed code copied',
    embedLabel: 'Embed code (an iframe)',
  },
  download: {
    png: 'Image (PNG, 2×)',
    svg: 'Image (SVG)',
    csv: 'Data shown (CSV)',
    dataset: 'Whole dataset (JSON)',
    working: 'Preparing the file…',
    done: (file: string) => `Downloaded ${file}`,
    failed: (reason: string) => `The download failed: ${reason}`,
  },
  cite: {
    text: 'Copy citation',
    bibtex: 'Copy BibTeX',
    copied: 'Citation copied',
    copyRefused: 'The browser did not allow copying. Select the text below and copy it:',
    textLabel: 'Citation',
    bibtexLabel: 'BibTeX',
  },
  errors: {
    noChart: 'the chart is not on the page',
    canvasBlocked: 'the browser refused to draw the image (canvas blocked)',
    imageLoad: 'the image could not be rendered',
    encode: 'the browser could not encode the PNG',
    unknown: 'an unexpected error occurred',
  },
  print: {
    /** The footer's first line: where the values come from, and when. */
    source: (source: string, asOf: string) => `Source: ${source}. Data as of ${asOf}.`,
    scale: (scale: string) => `Index: ${scale}.`,
    url: (url: string) => url,
  },
  embed: {
    openFull: 'Open the full view',
    sourceLabel: 'Source',
  },
  /** The link-preview image (Open Graph / Twitter card), drawn at build time. */
  preview: {
    heading: 'China AI Dashboard',
    subheading: (report: string, count: number) => `${report} — the top ${count} models on the index`,
    source: (publisher: string, report: string, asOf: string) => `Source: ${publisher}, “${report}”. Data as of ${asOf}.`,
    scale: (scale: string) => `Index: ${scale}.`,
    estimate: '“+”: an Artificial Analysis estimate, not yet independently evaluated.',
    asStated: '“*”: as stated in a write-up of the report only.',
    alt: (count: number) => `A bar chart of the top ${count} models on the Artificial Analysis index, coloured by region: China, the United States and other countries.`,
  },
  csv: {
    status: 'Index status',
    scale: 'Index scale',
    sourceIds: 'Source ids',
    sourceUrls: 'Source URLs',
    releaseDate: 'Release date',
  },
};
