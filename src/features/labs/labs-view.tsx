import { PageIntro } from '../../components/ui/page-intro';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paths } from '../../config/paths';
import { CsvDownloadButton } from '../../components/charts/chart-frame';
import { RegionMarkerIcon } from '../../components/charts/region-marker';
import { csvTable } from '../../components/table/table-columns';
import { Link } from '../../components/ui/link';
import { useDataset } from '../../data/dataset-queries';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages/labs';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { ScopeControl } from '../../components/filters/scope-control';
import { DirectoryControls } from './components/directory-controls';
import { DIRECTORY_CSV_COLUMNS } from './components/directory-csv';
import { LabCard } from './components/lab-card';
import { LabDotPlot } from './components/lab-dot-plot';
import { indexDomain } from '../../lib/chart-domains';
import { selectLabDirectory } from './lib/select-lab-directory';
import { selectLabDotPlot } from './lib/select-lab-dot-plot';
import './labs.css';
import './labs-directory.css';

/** Every lab as a card, grouped by country and kind, filtered by region and sorted by the chosen key. */
export function LabsView() {
  const index = useDataset();
  const filters = useFiltersStore(useShallow((s) => ({ region: s.region, labSort: s.labSort, scope: s.scope })));
  const setRegion = useFiltersStore((s) => s.setRegion);
  const m = messages.labs;
  useDocumentTitle(m.title);
  const directory = selectLabDirectory(index, filters);
  const statusId = useId();
  const regionName = filters.region === 'all' ? null : messages.common.region[filters.region];

  return (
    <section className="labs" aria-labelledby="labs-title">
      <h1 id="labs-title">{m.title}</h1>
      <PageIntro text={m.intro} />
      <p>
        <Link to={paths.labsCompare()}>{m.compareLink}</Link>
      </p>
      <DirectoryControls />
      <div className="labs__status">
        <p id={statusId} role="status">
          {m.shown(directory.shown, directory.total, regionName)}
        </p>
        {directory.shown > 0 && (
          <CsvDownloadButton file={() => ({ filename: m.directoryCsv.filename, ...csvTable(DIRECTORY_CSV_COLUMNS, directory.labs) })}>
            {m.downloadDirectory}
          </CsvDownloadButton>
        )}
      </div>

      {directory.shown > 0 && <LabDotPlot plot={selectLabDotPlot(directory.labs, indexDomain(index))} />}

      {directory.shown === 0 && regionName ? (
        <div className="notice labs__empty">
          <h2>{m.empty.title}</h2>
          <p>{m.empty.body(regionName)}</p>
          <button type="button" className="primary" onClick={() => setRegion('all')}>
            {m.empty.reset}
          </button>
        </div>
      ) : (
        directory.groups.map((group, gi) => (
          <section key={group.country} className="labs__country" aria-labelledby={`labs-country-${group.country}`}>
            <h2 id={`labs-country-${group.country}`}>
              <RegionMarkerIcon region={group.region} /> {messages.common.country[group.country] ?? group.country}{' '}
              <span className="labs__count">({m.countryCount(group.count)})</span>
            </h2>
            {group.kinds.map((kind, ki) => (
              <section key={kind.kind} aria-labelledby={`labs-${group.country}-${kind.kind}`}>
                <h3 id={`labs-${group.country}-${kind.kind}`}>
                  {m.kindHeading[kind.kind]} <span className="labs__count">({kind.labs.length})</span>
                </h3>
                <ul className="lab-cards" data-plot-area={gi === 0 && ki === 0 ? '' : undefined}>
                  {kind.labs.map((s) => (
                    <li key={s.lab.id}>
                      <LabCard summary={s} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        ))
      )}
      {/* The directory's best values follow the shared scope; its switch sits after the cards, so they start in the first screen. */}
      <div className="compare-scope">
        <ScopeControl />
      </div>
    </section>
  );
}
