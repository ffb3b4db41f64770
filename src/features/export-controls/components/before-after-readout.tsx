import { formatNumber, formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import type { BeforeAfter, ReadoutCell } from '../lib/before-after';

function gapText(cell: Extract<ReadoutCell, { kind: 'value' }>): string {
  const m = messages.exportControls.readout;
  if (cell.gap === null) return m.noUs;
  if (cell.gap === 0) return m.level;
  return cell.gap > 0 ? m.usAhead(formatNumber(cell.gap)) : m.chinaAhead(formatNumber(-cell.gap));
}

/** China's best index and the US–China gap 12 and 6 months before and after a rule, "not enough data" where the data cannot say. */
export function BeforeAfterReadout({ readout, title }: { readout: BeforeAfter; title: string }) {
  const m = messages.exportControls.readout;
  const noChina = readout.cells.filter((c) => c.cell.kind === 'no-china-yet');
  const after = readout.cells.filter((c) => c.cell.kind === 'after-report');
  const na = <span className="unknown">{m.notEnough}</span>;
  return (
    <div className="ec-readout">
      <h4>{m.heading}</h4>
      {!readout.comparable && <p className="ec-readout__verdict">{m.notComparable}</p>}
      <table className="ec-readout__table">
        <caption className="visually-hidden">{m.caption(title)}</caption>
        <thead>
          <tr>
            <td />
            {readout.cells.map((c) => (
              <th key={c.offset} scope="col">
                {m.offset(c.offset)}
                <span className="ec-readout__day">{formatPartialDate(c.cell.day)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{m.chinaBest}</th>
            {readout.cells.map((c) => (
              <td key={c.offset} title={c.cell.kind === 'value' ? c.cell.chinaModel : undefined}>
                {c.cell.kind === 'value' ? formatNumber(c.cell.chinaBest) : na}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{m.gap}</th>
            {readout.cells.map((c) => (
              <td key={c.offset}>{c.cell.kind === 'value' ? gapText(c.cell) : na}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="ec-readout__note">
        {noChina.length > 0 &&
          (readout.firstChina
            ? m.noChinaYet(readout.firstChina.name, formatPartialDate(readout.firstChina.date))
            : m.noChinaAtAll)}{' '}
        {after.length > 0 && m.afterReport(formatPartialDate(readout.reportDay))}
      </p>
    </div>
  );
}
