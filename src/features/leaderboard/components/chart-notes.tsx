import { messages } from '../../../messages';

/** Notes under a ranked chart: what is not drawn and why, and how to use it from the keyboard. */
export function ChartLegendNote({ shown, rated, notRated = 0 }: { shown?: number; rated?: number; notRated?: number }) {
  const m = messages.leaderboard.chart;
  return (
    <div className="chart-notes">
      {shown !== undefined && rated !== undefined && shown < rated && <p>{m.topNote(shown, rated)}</p>}
      {notRated > 0 && <p>{m.notRatedNote(notRated)}</p>}
      <p>{m.keyboard}</p>
    </div>
  );
}
