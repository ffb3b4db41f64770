import type { ReactNode } from 'react';
import { paths } from '../../../config/paths';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import { Link } from '../../../components/ui/link';
import { messages } from '../../../messages/labs';
import type { LabProfile } from '../lib/select-lab-profile';
import { EntityListFact } from './entity-list-fact';
import { FlagshipList } from './flagship-list';
import { ReportQuote } from './report-quote';
import { StatementList } from './statement-list';
import { BestIndex, FirstReasoning, ModelCount, OpenShare } from './summary-facts';
import { DataTable } from '../../../components/table/data-table';
import type { TableColumn } from '../../../components/table/table-columns';
import { useLabNames } from '../../../components/data/lab-names';

interface Row {
  key: string;
  label: string;
  render: (p: LabProfile) => ReactNode;
}

const f = messages.labs.profile.facts;
const c = messages.labs.compare.rows;

/** Built at render, so the labels are the active language's. */
const rows = (): Row[] => [
  { key: 'country', label: f.country, render: (p) => messages.common.country[p.summary.lab.country] ?? p.summary.lab.country },
  { key: 'kind', label: f.kind, render: (p) => messages.common.kind[p.summary.lab.kind] },
  { key: 'best', label: c.bestIndex, render: (p) => <BestIndex summary={p.summary} /> },
  { key: 'models', label: c.models, render: (p) => <ModelCount summary={p.summary} /> },
  { key: 'open', label: c.openWeights, render: (p) => <OpenShare summary={p.summary} /> },
  { key: 'reasoning', label: c.firstReasoning, render: (p) => <FirstReasoning summary={p.summary} /> },
  { key: 'flagship', label: f.flagship, render: (p) => <FlagshipList items={p.summary.flagship} /> },
  { key: 'founded', label: f.founded, render: (p) => <StatementList statements={p.summary.lab.founded} conflict={p.conflicts.founded} /> },
  { key: 'founders', label: f.founders, render: (p) => <StatementList statements={p.summary.lab.founders} /> },
  { key: 'hq', label: f.hq, render: (p) => <StatementList statements={p.summary.lab.hq} conflict={p.conflicts.hq} /> },
  { key: 'funding', label: f.funding, render: (p) => <StatementList statements={p.summary.lab.funding} dated /> },
  { key: 'focus', label: f.focus, render: (p) => <StatementList statements={p.summary.lab.focus} /> },
  { key: 'entity', label: f.entityList, render: (p) => <EntityListFact entityList={p.summary.lab.entityList} /> },
  { key: 'report', label: c.reportSays, render: (p) => <ReportQuote lab={p.summary.lab} /> },
];

function LabHeader({ profile }: { profile: LabProfile }) {
  const { lab, region } = profile.summary;
  const names = useLabNames(lab);
  return (
    <>
      <RegionMarkerIcon region={region} />{' '}
      <Link to={paths.lab(lab.id)} lang={names.primaryLang}>
        {names.primary}
      </Link>
      {names.secondary && (
        <span className="compare-facts__native" lang={names.secondaryLang}>
          {' '}
          {names.secondary}
        </span>
      )}
    </>
  );
}

/** Two labs' facts in aligned rows: one row per fact, one column per lab. */
export function CompareFactsTable({ a, b }: { a: LabProfile; b: LabProfile }) {
  const m = messages.labs.compare;
  const columns: TableColumn<Row>[] = [
    { id: 'fact', header: m.fact, rowHeader: true, cell: (row) => row.label },
    ...[a, b].map((p, i): TableColumn<Row> => ({ id: `lab-${i}`, header: <LabHeader profile={p} />, cell: (row) => row.render(p) })),
  ];
  return (
    <DataTable
      caption={m.factsCaption(a.summary.lab.name, b.summary.lab.name)}
      className="compare-facts"
      colgroup={
        <>
          <col className="compare-facts__label" />
          <col />
          <col />
        </>
      }
      columns={columns}
      rows={rows()}
      rowKey={(row) => row.key}
    />
  );
}
