/**
 * The provenance columns every model CSV carries: the value's status and scale, its sources (ids and
 * URLs) and the model's release date. A chart's own columns come first; these are appended.
 */
import type { Model, Scale, Score, Source } from '../../../data/dataset.schema';
import type { CsvColumn } from '../../../lib/export/table-csv';
import { messages } from '../../../messages/figure-export';

export interface ProvenanceLookups {
  sourcesById: ReadonlyMap<string, Source>;
  scales: readonly Scale[];
}

interface Provenance {
  model: Model;
  /** The value drawn, or null when the model is not rated (the cells stay empty: unknown, never 0). */
  score: Score | null;
}

export function provenanceColumns<Row>(pick: (row: Row) => Provenance, { sourcesById, scales }: ProvenanceLookups): CsvColumn<Row>[] {
  const m = messages.figureExport.csv;
  const status = messages.common.status;
  const scaleLabel = (id: string) => scales.find((s) => s.id === id)?.shortLabel ?? id;
  const urls = (ids: readonly string[]) => ids.flatMap((id) => sourcesById.get(id)?.url ?? []).join(' ');
  return [
    { header: m.status, value: (r) => { const s = pick(r).score; return s ? status[s.status] : null; } },
    { header: m.scale, value: (r) => { const s = pick(r).score; return s ? scaleLabel(s.scale) : null; } },
    { header: m.sourceIds, value: (r) => (pick(r).score?.sources ?? []).join(' ') || null },
    { header: m.sourceUrls, value: (r) => urls(pick(r).score?.sources ?? []) || null },
    { header: m.releaseDate, value: (r) => pick(r).model.releaseDate },
  ];
}
