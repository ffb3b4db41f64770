import { messages } from '../../../messages';
import type { LeaderboardMode } from '../../../stores/filters/filters-url';

/** Ranked chart or China vs US side by side (toggle buttons; the choice is in the URL). */
export function ModeToggle({ mode, onChange }: { mode: LeaderboardMode; onChange: (mode: LeaderboardMode) => void }) {
  const m = messages.leaderboard.mode;
  return (
    <div className="mode-toggle" role="group" aria-label={m.label}>
      <span className="mode-toggle__label" aria-hidden="true">
        {m.label}
      </span>
      {(['ranked', 'compare'] as const).map((value) => (
        <button key={value} type="button" aria-pressed={mode === value} onClick={() => onChange(value)}>
          {m[value]}
        </button>
      ))}
    </div>
  );
}
