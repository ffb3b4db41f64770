import { useDataset } from '../../data/dataset-queries';
import { messages } from '../../messages';

/** The figure's sources, each with its title and a link where the dataset has one. */
export function ChartSources({ ids }: { ids: readonly string[] }) {
  const { sourcesById } = useDataset();
  const m = messages.common.chart;
  if (ids.length === 0) return <p>{m.noSources}</p>;
  return (
    <ul className="chart-frame__sources">
      {ids.map((id) => {
        const source = sourcesById.get(id);
        return (
          <li key={id}>
            <span className="chart-frame__source-id">[{id}]</span>{' '}
            {source ? (
              source.url ? (
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.title}
                </a>
              ) : (
                source.title
              )
            ) : (
              m.unknownSource
            )}
          </li>
        );
      })}
    </ul>
  );
}
