import { useId, useState, type ChangeEvent } from 'react';
import { isRealDay } from '../../../lib/dates';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { ReleaseWindow } from '../../../filters/filter-state';
import { WindowBrush, type WindowBrushProps } from './window-brush';

export interface WindowControlsProps extends Omit<WindowBrushProps, 'onStep'> {
  /** Calendar years with dated models: one quick window each. */
  years: readonly number[];
  /** The earliest and latest day the date inputs accept. */
  minDay: string;
  maxDay: string;
  onFrom: (day: string | null) => void;
  onTo: (day: string | null) => void;
}

type Problem = 'invalid' | 'range' | 'order' | null;

/**
 * The release window, shared with the leaderboard: an overview strip to drag, typed "from" and "to"
 * dates (the way to set it on a phone), and quick windows by year.
 */
export function WindowControls(props: WindowControlsProps) {
  const { window: w, years, minDay, maxDay, onFrom, onTo, onCommit } = props;
  const m = messages.timeline.window;
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const helpId = useId();
  // What the person typed, kept while it is incomplete or invalid; the store's value otherwise.
  const [draft, setDraft] = useState<{ from: string; to: string; seen: ReleaseWindow }>({ from: w.from ?? '', to: w.to ?? '', seen: w });
  const [problem, setProblem] = useState<Problem>(null);
  if (draft.seen.from !== w.from || draft.seen.to !== w.to) {
    setDraft({ from: w.from ?? '', to: w.to ?? '', seen: w });
    setProblem(null);
  }

  const onChange = (edge: 'from' | 'to') => (ev: ChangeEvent<HTMLInputElement>) => {
    const value = ev.target.value;
    setDraft((d) => ({ ...d, [edge]: value }));
    const other = edge === 'from' ? w.to : w.from;
    if (value === '') {
      // Empty and not half-typed: the bound is cleared. Half-typed: wait for the rest.
      if (ev.target.validity?.badInput) return setProblem('invalid');
      setProblem(null);
      return edge === 'from' ? onFrom(null) : onTo(null);
    }
    if (!isRealDay(value)) return setProblem('invalid');
    if (value < minDay || value > maxDay) return setProblem('range');
    if (other && (edge === 'from' ? value > other : value < other)) return setProblem('order');
    setProblem(null);
    if (edge === 'from') onFrom(value);
    else onTo(value);
  };

  const message =
    problem === 'invalid' ? m.invalidDay : problem === 'range' ? m.outOfRange(formatPartialDate(minDay), formatPartialDate(maxDay)) : problem === 'order' ? m.fromAfterTo : '';
  const isYear = (y: number) => w.from === `${y}-01-01` && w.to === `${y}-12-31`;

  return (
    <fieldset className="tl-window">
      <legend>{m.legend}</legend>
      <p id={helpId} className="tl-window__help">
        {m.help}
      </p>
      <div className="tl-window__row">
        <div className="tl-window__field">
          <label htmlFor={fromId}>{m.from}</label>
          <input
            id={fromId}
            type="date"
            value={draft.from}
            min={minDay}
            max={maxDay}
            onChange={onChange('from')}
            aria-invalid={problem !== null && draft.from !== (w.from ?? '') ? true : undefined}
            aria-describedby={`${helpId} ${errorId}`}
          />
        </div>
        <div className="tl-window__field">
          <label htmlFor={toId}>{m.to}</label>
          <input
            id={toId}
            type="date"
            value={draft.to}
            min={minDay}
            max={maxDay}
            onChange={onChange('to')}
            aria-invalid={problem !== null && draft.to !== (w.to ?? '') ? true : undefined}
            aria-describedby={`${helpId} ${errorId}`}
          />
        </div>
        <div className="tl-window__presets" role="group" aria-label={m.presetsLabel}>
          <button type="button" aria-pressed={!w.from && !w.to} onClick={() => onCommit({ from: null, to: null })}>
            {m.reset}
          </button>
          {years.map((y) => (
            <button key={y} type="button" aria-pressed={isYear(y)} onClick={() => onCommit({ from: `${y}-01-01`, to: `${y}-12-31` })}>
              {m.year(y)}
            </button>
          ))}
        </div>
      </div>
      <p id={errorId} className="tl-window__error" aria-live="polite">
        {message}
      </p>
      <WindowBrush domain={props.domain} window={w} modelTimes={props.modelTimes} eventTimes={props.eventTimes} onPreview={props.onPreview} onCommit={onCommit} onStep={(edge, day) => (edge === 'from' ? onFrom(day) : onTo(day))} />
    </fieldset>
  );
}
