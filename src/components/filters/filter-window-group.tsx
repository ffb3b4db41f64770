import { useId, useMemo, type ChangeEvent } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { isRealDay } from '../../lib/dates';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { Fieldset } from './filter-fieldset';

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The release window: two dates, a warning when they are the wrong way round, and presets (the report, recent years). */
export function WindowGroup({ from, to }: { from: string | null; to: string | null }) {
  const m = messages.leaderboard.filters;
  const { data, rows } = useDataset();
  const setFrom = useFiltersStore((s) => s.setFrom);
  const setTo = useFiltersStore((s) => s.setTo);
  const setWindow = useFiltersStore((s) => s.setWindow);
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const report = data.meta.report.publishedBy;
  const presets = useMemo(() => {
    const years = [...new Set(rows.flatMap((r) => (r.model.releaseDate ? [Number(r.model.releaseDate.slice(0, 4))] : [])))].sort();
    const recent = years.slice(-3);
    return [
      { label: m.presetBeforeReport, from: null, to: report },
      { label: m.presetAfterReport, from: nextDay(report), to: null },
      ...recent.map((y) => ({ label: m.presetYear(y), from: `${y}-01-01`, to: `${y}-12-31` })),
    ];
  }, [rows, report, m]);
  const inverted = from !== null && to !== null && from > to;
  const onDate = (set: (v: string | null) => void) => (e: ChangeEvent<HTMLInputElement>) => {
    const v = e.target.value;
    if (v === '') set(null);
    else if (isRealDay(v)) set(v);
  };
  return (
    <Fieldset legend={m.window} help={m.windowHelp}>
      <div className="date-row">
        <label htmlFor={fromId}>{m.from}</label>
        <input id={fromId} type="date" value={from ?? ''} onChange={onDate(setFrom)} aria-invalid={inverted || undefined} aria-describedby={inverted ? errorId : undefined} />
        <label htmlFor={toId}>{m.to}</label>
        <input id={toId} type="date" value={to ?? ''} onChange={onDate(setTo)} aria-invalid={inverted || undefined} aria-describedby={inverted ? errorId : undefined} />
      </div>
      {inverted && (
        <p id={errorId} className="filter-group__error" role="alert">
          {m.windowInverted}
        </p>
      )}
      <div className="preset-row" role="group" aria-label={m.presets}>
        {presets.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={from === p.from && to === p.to}
            aria-label={m.presetLabel(p.label)}
            onClick={() => (from === p.from && to === p.to ? setWindow(null, null) : setWindow(p.from, p.to))}
          >
            {p.label}
          </button>
        ))}
      </div>
    </Fieldset>
  );
}
