import { Fragment } from 'react';
import { SourceLinks } from '../../../components/data/source-links';
import type { Chip, ChipStatus } from '../../../data/dataset.schema';
import { downloadText, toCsv } from '../../../lib/csv';
import { formatNumber } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import { RULES, type ChipRow, type RuleMovement } from '../lib/select-chip-matrix';
import { ScrollTable } from '../../../components/ui/scroll-table';

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
const twoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function valueWithMark(value: number | null, mark: string, decimals: boolean) {
  const m = messages.exportControls.chips;
  if (value === null) return <span className="unknown">{mark === 'unverified' ? m.notPublic : messages.common.unknown}</span>;
  return (
    <>
      {decimals ? twoDecimals.format(value) : formatNumber(value)}{' '}
      <abbr className="ec-mark" title={m.markHelp[mark] ?? mark}>
        {m.markShort[mark] ?? mark}
      </abbr>
    </>
  );
}

const names = (chips: readonly Chip[]) => chips.map((c) => c.name).join(', ');

/** What each rule changed, in sentences generated from the chips' statuses. */
export function Movements({ movements, chips }: { movements: readonly RuleMovement[]; chips: readonly Chip[] }) {
  const m = messages.exportControls.chips;
  const later = chips.filter((c) => c.afterReport && c.designedForChina);
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
            <strong>{m.rule[mv.rule]}:</strong> {lines.length > 0 ? lines.join(' ') : m.noChange}
          </li>
        );
      })}
      {later.length > 0 && (
        <li className="ec-moves__later">
          <strong>{messages.exportControls.timeline.afterHeading}:</strong> {later.map((c) => `${c.name}: ${c.afterReport}`).join('; ')}.
        </li>
      )}
    </ol>
  );
}

/** Chip × rule: restricted / controlled with notification / fits under / not controlled / not launched. */
export function ChipMatrix({ rows }: { rows: readonly ChipRow[] }) {
  const m = messages.exportControls.chips;
  const c = m.columns;
  const header = [c.chip!, c.tpp!, c.pd!, ...RULES.map((r) => c[r]!), c.after!];
  const download = () =>
    downloadText(
      `${m.csvFile}.csv`,
      toCsv(
        [c.chip!, c.tpp!, c.tppMark!, c.pd!, c.pdMark!, ...RULES.map((r) => c[r]!), c.after!, c.sources!],
        rows.map((r) => [
          `${r.chip.vendor} ${r.chip.name}`,
          r.chip.tpp,
          r.chip.tppMark,
          r.chip.performanceDensity,
          r.chip.pdMark,
          ...RULES.map((rule) => m.status[r.statuses[rule]]),
          r.chip.afterReport ?? '',
          r.chip.sources.join(' '),
        ]),
      ),
    );
  return (
    <>
      <div className="ec-table-tools">
        <button type="button" onClick={download}>
          {messages.common.chart.download}
        </button>
      </div>
      <ScrollTable label={m.caption}>
        <table className="data-table ec-matrix">
          <caption>
            {m.caption}. {m.marksNote}
          </caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={h} scope="col" className={i === 1 || i === 2 ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const groupRow =
                i === 0 || rows[i - 1]!.group !== r.group ? (
                  <tr className="ec-matrix__group">
                    <th colSpan={header.length} scope="colgroup">
                      {m.group[r.group]}
                    </th>
                  </tr>
                ) : null;
              return (
                <Fragment key={r.chip.id}>
                  {groupRow}
                  <tr>
                    <th scope="row">
                      {r.chip.vendor} {r.chip.name}
                      {r.chip.designedForChina && <span className="ec-tag-inline">{m.designedForChina}</span>}
                      <div className="ec-matrix__sources">
                        <SourceLinks ids={r.chip.sources} />
                      </div>
                    </th>
                    <td className="num">{valueWithMark(r.chip.tpp, r.chip.tppMark, false)}</td>
                    <td className="num">{valueWithMark(r.chip.performanceDensity, r.chip.pdMark, true)}</td>
                    {RULES.map((rule) => (
                      <td key={rule}>
                        <StatusCell status={r.statuses[rule]} />
                      </td>
                    ))}
                    <td>{r.chip.afterReport ?? <span className="unknown">{m.noAfter}</span>}</td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
