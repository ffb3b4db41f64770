import { useDataset } from '../../data/dataset-queries';
import { useFiltersStore } from '../../stores/filters/filters-store';

/** Foundation placeholder: the leaderboard change builds the full panel. */
export function ModelDetailPanel({ modelId }: { modelId: string }) {
  const row = useDataset().rowsById.get(modelId);
  const close = useFiltersStore((s) => s.selectModel);
  if (!row) return null;
  return (
    <aside className="panel" aria-label={row.model.name}>
      <h2>{row.model.name}</h2>
      <button type="button" onClick={() => close(null)}>
        Close
      </button>
    </aside>
  );
}
