import { SourceLinks } from '../../../components/data/source-links';
import { DataTable } from '../../../components/table/data-table';
import type { TableColumn } from '../../../components/table/table-columns';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import type { Tier, selectEntityListAdditions } from '../lib/select-export-events';

type EntityRow = ReturnType<typeof selectEntityListAdditions>[number];

/** The AI diffusion rule's tiers, China's row marked. */
export function TiersTable({ tiers }: { tiers: readonly Tier[] }) {
  const m = messages.exportControls.tiers;
  const columns: TableColumn<Tier>[] = [
    {
      id: 'tier',
      header: m.columns.tier,
      rowHeader: true,
      cell: (t) => (
        <>
          {m.tier(t.tier)}
          {t.china && <span className="tag">{m.china}</span>}
        </>
      ),
    },
    { id: 'who', header: m.columns.who, cell: (t) => t.text },
    { id: 'numbers', header: m.columns.numbers, cell: (t) => (t.thresholds.length > 0 ? messages.common.joinItems(t.thresholds) : '—') },
  ];
  return <DataTable caption={m.caption} className="ec-tiers" columns={columns} rows={tiers} rowKey={(t) => String(t.tier)} rowClassName={(t) => (t.china ? 'ec-tiers__china' : undefined)} />;
}

/** Labs on the US Entity List, by date, with what the sources say. */
export function EntityListTable({ rows }: { rows: readonly EntityRow[] }) {
  const m = messages.exportControls.entity;
  const columns: TableColumn<EntityRow>[] = [
    { id: 'lab', header: m.columns.lab, rowHeader: true, cell: (e) => e.lab.name },
    {
      id: 'date',
      header: m.columns.date,
      cell: (e) => (e.date ? <time dateTime={e.date}>{formatPartialDate(e.date)}</time> : <span className="unknown">{messages.common.notStated}</span>),
    },
    { id: 'note', header: m.columns.note, cell: (e) => e.event?.event.summary ?? e.lab.entityList.note ?? '' },
    { id: 'sources', header: m.columns.sources, cell: (e) => <SourceLinks ids={e.sources} /> },
  ];
  return <DataTable caption={m.caption} columns={columns} rows={rows} rowKey={(e) => e.lab.id} />;
}
