/**
 * The few strings the Share / Download / Cite buttons need before any panel opens. Kept apart from
 * `figure-export.ts` so that a figure's buttons cost the first view almost nothing; the panels' own
 * strings load with the panels.
 */
export const figureActions = {
  share: 'Share',
  shareLabel: (title: string) => `Share “${title}”`,
  download: 'Download',
  downloadLabel: (title: string) => `Download “${title}”`,
  cite: 'Cite',
  citeLabel: (title: string) => `Cite “${title}”`,
  loading: 'Loading…',
  /** Appended to a figure's source line in its image. */
  asOf: (date: string) => `Data as of ${date}.`,
};
