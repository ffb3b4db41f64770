/**
 * The provenance columns every model CSV carries: the value's status and scale, its sources (ids and
 * URLs) and the model's release date. A chart's own columns come first; these are appended.
 */
import type { Model, Scale, Score, ScoreStatus, Source } from '../../../data/dataset.schema';
import type { CsvColumn } from '../../../lib/export/table-csv';
import { messages } from '../../../messages/figure-export';

export interface ProvenanceLookups {
  sourcesById: ReadonlyMap<string, Source>;
  scales: readonly Scale[];
  /** The words for each status (the shared messages' `common.status`), passed in so that this lazy code does not pull the shared strings apart from the first view's. */
  statusWords: Readonly<Record<ScoreStatus, string>>;
}

interface Provenance {
  model: Model;
  /** The value drawn, or null when the model is not rated (the cells stay empty: unknown, never 0). */
  score: Score | null;
}

/** `pick` gives null for a row that stands for no model: its provenance cells stay empty. */
export function provenanceColumns<Row>(pick: (row: Row) => Provenance | null, { sourcesById, scales, statusWords }: ProvenanceLookups): CsvColumn<Row>[] {
  const m = messages.figureExport.csv;
  const status = statusWords;
  const scaleLabel = (id: string) => scales.find((s) => s.id === id)?.shortLabel ?? id;
  const urls = (ids: readonly string[]) => ids.flatMap((id) => sourcesById.get(id)?.url ?? []).join(' ');
  return [
    { header: m.status, value: (r) => { const s = pick(r)?.score; return s ? status[s.status] : null; } },
    { header: m.scale, value: (r) => { const s = pick(r)?.score; return s ? scaleLabel(s.scale) : null; } },
    { header: m.sourceIds, value: (r) => (pick(r)?.score?.sources ?? []).join(' ') || null },
    { header: m.sourceUrls, value: (r) => urls(pick(r)?.score?.sources ?? []) || null },
    { header: m.releaseDate, value: (r) => pick(r)?.model.releaseDate ?? null },
  ];
}
