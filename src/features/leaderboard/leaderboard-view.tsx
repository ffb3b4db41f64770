import { useDataset } from '../../data/dataset-queries';
import { formatPartialDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { messages } from '../../messages';

/** Foundation leaderboard: every model with its lab, country and index, ranked; not rated last. */
export function LeaderboardView() {
  const { rows, scale } = useDataset();
  const m = messages.leaderboard;
  useDocumentTitle(m.title);
  const sorted = [...rows].sort((a, b) => (b.score?.value ?? -1) - (a.score?.value ?? -1) || a.model.name.localeCompare(b.model.name));
  return (
    <section aria-labelledby="leaderboard-title">
      <h1 id="leaderboard-title">{m.title}</h1>
      <p className="page-intro">{m.intro}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.model}</th>
              <th scope="col">{m.columns.lab}</th>
              <th scope="col">{m.columns.country}</th>
              <th scope="col">{m.columns.release}</th>
              <th scope="col" className="num">
                {m.columns.index} <span className="visually-hidden">({scale.shortLabel})</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.model.id}>
                <th scope="row">{row.model.name}</th>
                <td>{row.lab.name}</td>
                <td>{messages.common.country[row.lab.country]}</td>
                <td>{formatPartialDate(row.model.releaseDate)}</td>
                <td className="num">{row.score ? row.score.value : <span className="unknown">{messages.common.notRated}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
