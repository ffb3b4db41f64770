import { memo, Suspense, useId, type ReactNode } from 'react';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import { chunk, lazyFrom } from '../../../lib/lazy-chunk';
import { messages } from '../../../messages';
import { describeGap, describeMonths, describeOpen, type ReadoutText } from '../lib/describe-china-us';
import type { ChinaUs } from '../lib/select-china-us';
import './readouts.css';

// The tier of the sources behind the values: its own chunk, started as soon as this code runs, so the
// readouts (drawn just after the first paint) draw with it rather than a round later.
const readoutTiers = chunk(() => import('./readout-tiers'));
void readoutTiers().catch(() => undefined);
const ReadoutTiers = lazyFrom(readoutTiers, (m) => m.default);

function Readout({ title, text, children }: { title: string; text: ReadoutText; children?: ReactNode }) {
  const m = messages.leaderboard.readouts;
  const titleId = useId();
  return (
    <article className={`readout readout--${text.tone}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="readout__title">
        {title}
      </h3>
      <p className="readout__headline">
        {(text.tone === 'us' || text.tone === 'cn') && <RegionMarkerIcon region={text.tone} />}
        {text.headline}
      </p>
      {text.detail && <p className="readout__detail">{text.detail}</p>}
      {children}
      <details className="readout__more">
        <summary>
          {m.how}
          {text.caveats.length > 0 && <span className="readout__notes"> · {m.notes(text.caveats.length)}</span>}
        </summary>
        {text.caveats.length > 0 && (
          <ul className="readout__caveats">
            {text.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
        {text.measured && (
          <p className="readout__measured">
            <strong>{m.measuredOnly}</strong>
            {messages.common.labelSeparator}
            {text.measured}
          </p>
        )}
        <p className="readout__how">{text.how}</p>
      </details>
    </article>
  );
}

/** The three headline readouts as compact tiles: the figure and one line; notes and how it is computed on demand. */
export const ChinaUsReadouts = memo(function ChinaUsReadouts({ data, scope }: { data: ChinaUs; scope: string }) {
  const m = messages.leaderboard.readouts;
  return (
    <section className="readouts" aria-labelledby="readouts-title">
      <div className="readouts__head">
        <h2 id="readouts-title">{m.heading}</h2>
        <p className="readouts__scope">{scope}</p>
        <p className="readouts__note">{m.regionNote}</p>
      </div>
      <div className="readouts__grid">
        <Readout title={m.gap.title} text={describeGap(data)}>
          <Suspense>
            <ReadoutTiers gap={data.all.gap} />
          </Suspense>
        </Readout>
        <Readout title={m.months.title} text={describeMonths(data)} />
        <Readout title={m.open.title} text={describeOpen(data)} />
      </div>
    </section>
  );
});
