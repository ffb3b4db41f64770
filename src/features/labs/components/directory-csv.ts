import type { TableColumn } from '../../../components/table/table-columns';
import { messages } from '../../../messages/labs';
import type { LabSummary } from '../lib/select-lab-directory';

const h = messages.labs.directoryCsv.columns;
// The header is read when the CSV is made, so it is in the language active then.
const csvOnly = (id: keyof typeof h, csv: TableColumn<LabSummary>['csv']): TableColumn<LabSummary> => ({
  id,
  get header() {
    return h[id];
  },
  csv,
});

/** The directory's CSV: one row per lab shown (the cards draw the same summaries). */
export const DIRECTORY_CSV_COLUMNS: readonly TableColumn<LabSummary>[] = [
  csvOnly('lab', (s) => s.lab.name),
  csvOnly('nativeName', (s) => s.lab.nativeName),
  csvOnly('country', (s) => messages.common.country[s.lab.country] ?? s.lab.country),
  csvOnly('kind', (s) => messages.common.kind[s.lab.kind]),
  csvOnly('founded', (s) => s.foundedDate),
  csvOnly('flagship', (s) => s.lab.flagship.join('; ')),
  csvOnly('best', (s) => s.best?.score?.value ?? null),
  csvOnly('bestModel', (s) => s.best?.model.name ?? null),
  csvOnly('bestStatus', (s) => (s.best?.score ? messages.common.status[s.best.score.status] : null)),
  csvOnly('models', (s) => s.models.length),
  csvOnly('open', (s) => s.openWeights.open),
  csvOnly('openKnown', (s) => s.openWeights.known),
  csvOnly('firstReasoning', (s) => s.firstReasoning?.model.name ?? null),
  csvOnly('firstReasoningReleased', (s) => s.firstReasoning?.model.releaseDate ?? null),
];
