import { CsvDownloadButton } from '../../../components/charts/chart-frame';
import { SourceLinks } from '../../../components/data/source-links';
import { DataTable } from '../../../components/table/data-table';
import { csvTable, type TableColumn } from '../../../components/table/table-columns';
import type { Chip, ChipStatus } from '../../../data/dataset.schema';
import { formatDecimal, formatList, formatNumber } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import { RULES, type ChipRow, type RuleMovement } from '../lib/select-chip-matrix';

const SYMBOL: Record<ChipStatus, string> = {
  restricted: '✕',
  nac: '!',
  allowed: '✓',
  'fits-under': '✓',
  'fits-under-reported': '✓',
  'not-launched': '–',
  'not-applicable': '–',
};

export function StatusCell({ status }: { status: ChipStatus }) {
  const m = messages.exportControls.chips;
  return (
    <span className={`ec-status ec-status--${status}`} title={m.statusHelp[status]}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {m.status[status]}
    </span>
  );
}

// Performance density decides bands at 1.6, 3.2 and 5.92: keep two decimals (L20's 3.14 is not 3.1).

function valueWithMark(value: number | null, mark: string, decimals: boolean) {
  const m = messages.exportControls.chips;
  if (value === null) return <span className="unknown">{mark === 'unverified' ? m.notPublic : messages.common.unknown}</span>;
  return (
    <>
      {decimals ? formatDecimal(value) : formatNumber(value)}{' '}
      <abbr className="ec-mark" title={m.markHelp[mark] ?? mark}>
        {m.markShort[mark] ?? mark}
      </abbr>
    </>
  );
}

const names = (chips: readonly Chip[]) => formatList(chips.map((c) => c.name));

/** What each rule changed, in sentences generated from the chips' statuses. */
export function Movements({ movements, chips }: { movements: readonly RuleMovement[]; chips: readonly Chip[] }) {
  const m = messages.exportControls.chips;
  const later = chips.flatMap((c) => (c.afterReport && c.designedForChina ? [{ name: c.name, afterReport: c.afterReport }] : []));
  return (
    <ol className="ec-moves">
      {movements.map((mv, i) => {
        const lines = [
          i === 0 && mv.restricted.length > 0 ? m.restrictedFirst(names(mv.restricted)) : null,
          i > 0 && mv.newlyRestricted.length > 0 ? m.newlyRestricted(names(mv.newlyRestricted)) : null,
          mv.newlyNac.length > 0 ? m.newlyNac(names(mv.newlyNac)) : null,
          mv.freed.length > 0 ? m.freed(names(mv.freed)) : null,
          mv.fitUnder.length > 0 ? m.fitUnder(names(mv.fitUnder)) : null,
        ].filter((l): l is string => l !== null);
        return (
          <li key={mv.rule}>
            <strong>{m.rule[mv.rule]}</strong>
            {messages.common.labelSeparator}
            {lines.length > 0 ? messages.common.joinSentences(lines) : m.noChange}
          </li>
        );
      })}
      {later.length > 0 && (
        <li className="ec-moves__later">
          <strong>{messages.exportControls.timeline.afterHeading}</strong>
          {messages.common.labelSeparator}
          {messages.common.sentence(messages.common.joinItems(later.map((c) => messages.common.labelled(c.name, c.afterReport))))}
        </li>
      )}
    </ol>
  );
}

/** The matrix's columns; the marks and sources are in the CSV only. */
function chipColumns(): TableColumn<ChipRow>[] {
  const m = messages.exportControls.chips;
  const c = m.columns;
  return [
    {
      id: 'chip',
      header: c.chip!,
      rowHeader: true,
      cell: (r) => (
        <>
          {r.chip.vendor} {r.chip.name}
          {r.chip.designedForChina && <span className="tag">{m.designedForChina}</span>}
          <div className="ec-matrix__sources">
            <SourceLinks ids={r.chip.sources} />
          </div>
        </>
      ),
      csv: (r) => `${r.chip.vendor} ${r.chip.name}`,
    },
    { id: 'tpp', header: c.tpp!, numeric: true, cell: (r) => valueWithMark(r.chip.tpp, r.chip.tppMark, false), csv: (r) => r.chip.tpp },
    { id: 'tppMark', header: c.tppMark!, csv: (r) => r.chip.tppMark },
    { id: 'pd', header: c.pd!, numeric: true, cell: (r) => valueWithMark(r.chip.performanceDensity, r.chip.pdMark, true), csv: (r) => r.chip.performanceDensity },
    { id: 'pdMark', header: c.pdMark!, csv: (r) => r.chip.pdMark },
    ...RULES.map(
      (rule): TableColumn<ChipRow> => ({
        id: rule,
        header: c[rule]!,
        cell: (r) => <StatusCell status={r.statuses[rule]} />,
        csv: (r) => m.status[r.statuses[rule]],
      }),
    ),
    {
      id: 'after',
      header: c.after!,
      cell: (r) => r.chip.afterReport ?? <span className="unknown">{m.noAfter}</span>,
      csv: (r) => r.chip.afterReport ?? '',
    },
    { id: 'sources', header: c.sources!, csv: (r) => r.chip.sources.join(' ') },
  ];
}

/** Chip × rule: restricted / controlled with notification / fits under / not controlled / not launched. */
export function ChipMatrix({ rows }: { rows: readonly ChipRow[] }) {
  const m = messages.exportControls.chips;
  const columns = chipColumns();
  return (
    <>
      <div className="ec-table-tools">
        <CsvDownloadButton file={() => ({ filename: m.csvFile, ...csvTable(columns, rows) })} />
      </div>
      <DataTable
        caption={messages.common.joinPhrases([m.caption, m.marksNote])}
        label={m.caption}
        className="ec-matrix"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.chip.id}
        groupOf={(r) => ({ key: r.group, label: m.group[r.group] })}
      />
    </>
  );
}
