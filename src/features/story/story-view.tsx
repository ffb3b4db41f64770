/**
 * `/story/:step`: the report's takeaways in eight steps. Each step has two voices kept apart (the
 * source document's words, the data's live numbers with sources), a live figure from one of the views
 * in the shared figure frame, "Explore this view" to that view in the same state, and Back/Next links
 * (also ← →, and a swipe on touch). Each step is its own address.
 */
import { Suspense, useLayoutEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ChartFrame } from '../../components/charts/chart-frame';
import { SourceLinks } from '../../components/data/source-links';
import { FilterPanel } from '../../components/filters/filter-panel';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { Link } from '../../components/ui/link';
import { paths } from '../../config/paths';
import { useDataset } from '../../data/dataset-queries';
import { getLocation, navigate, writeSearch } from '../../lib/location';
import { messages, type StoryLang } from '../../messages/story';
import { useLang } from '../../lib/locale';
import { pickFilterState, useFiltersStore } from '../../stores/filters/filters-store';
import { sanitizeAgainst, serializeFilters } from '../../stores/filters/filters-url';
import { parseStep } from './lib/parse-step';
import { SOURCE_QUOTES } from './lib/source-quotes';
import { stateOnArrival, stepHref } from './lib/story-state';
import { FIGURE_VIEW, STEP_COUNT, STORY_STEPS } from './lib/story-steps';
import { storyTableRows } from './lib/story-table';
import type { StoryFigures } from './story-figures';
import { useStoryKeys } from './use-story-keys';
import './story.css';

const STEP_KEYS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'] as const;
const VIEW_PATH = { timeline: paths.timeline, leaderboard: paths.leaderboard, price: paths.price } as const;


function go(n: number) {
  const step = STORY_STEPS[n - 1];
  if (!step) return;
  const { path, search } = stepHref(n, step);
  navigate(path, { search });
  window.scrollTo({ top: 0 });
}

export function StoryView({ stepParam, figures }: { stepParam: string | null; figures: StoryFigures }) {
  const lang: StoryLang = useLang();
  const m = messages.story;
  const index = useDataset();
  const { step: n, clean } = parseStep(stepParam, STEP_COUNT);
  const step = STORY_STEPS[n - 1]!;
  const text = m.steps[STEP_KEYS[n - 1]!];
  useDocumentTitle(`${text.title} · ${m.title}`);

  // On arriving at a step: its state goes to the store (shared filters from the address, view options
  // from the step); a bad step in the address is replaced by step 1's, in place. A layout effect: the
  // store's change re-renders before the browser paints, so the figure never shows the previous state.
  useLayoutEffect(() => {
    const { search } = getLocation();
    const state = sanitizeAgainst(stateOnArrival(step, clean ? search : ''), { labIds: index.labIds, modelIds: index.modelIds, asOf: index.data.meta.asOf });
    useFiltersStore.getState().applyFromUrl(state);
    if (!clean) {
      const start = stepHref(1, step);
      navigate(start.path, { search: start.search, replace: true });
    } else {
      const canonical = serializeFilters(state, 'other');
      if (canonical !== search) writeSearch(canonical, 'replace');
    }
    // The step's number (and whether its address was clean) decide; the rest follows from them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [n, clean]);

  const state = useFiltersStore(useShallow(pickFilterState));
  const says = useMemo(() => step.whatTheDataSays(index, lang), [step, index, lang]);
  const highlight = useMemo(() => new Set(step.highlight), [step]);
  const rows = useMemo(() => storyTableRows(index, step.highlight), [index, step]);
  const view = FIGURE_VIEW[step.figure];
  const Figure = figures[step.figure];
  const back = n > 1 ? n - 1 : null;
  const next = n < STEP_COUNT ? n + 1 : null;
  const swipe = useStoryKeys(back ? () => go(back) : null, next ? () => go(next) : null);
  const nameOf = (id: string) => index.modelsById.get(id)?.name ?? id;
  const names = step.highlight.map(nameOf).join(', ');
  const unrated = step.highlight.filter((id) => !index.rowsById.get(id)?.score).map(nameOf);
  const stepLink = (k: number) => stepHref(k, STORY_STEPS[k - 1]!);

  return (
    <section className="story" aria-labelledby="story-title" {...swipe}>
      <p className="story__kicker">
        {m.title} · <span className="story__progress" data-testid="story-progress">{m.progress(n, STEP_COUNT)}</span>
      </p>
      <div className="story__step" key={n}>
        <h1 id="story-title">{text.title}</h1>
        <p className="story__claim">{text.claim}</p>

        <div className="story__voices">
          <section className="story__voice story__voice--source" aria-labelledby="story-source-voice">
            <h2 id="story-source-voice">{m.sourceVoice}</h2>
            {step.quotes.map((id) => {
              const q = SOURCE_QUOTES[id];
              const ja = lang === 'ja';
              return (
                <figure key={id} className="story__quote">
                  <blockquote lang={ja ? 'ja' : 'en'}>
                    <p>{ja ? q.ja : q.en}</p>
                  </blockquote>
                  {ja && 'jaNote' in q && <p className="story__note">{q.jaNote}</p>}
                  <figcaption>{m.paragraph(q.paragraph)}</figcaption>
                </figure>
              );
            })}
            <p className="story__fine">{m.quoteLanguage}</p>
          </section>
          <section className="story__voice story__voice--data" aria-labelledby="story-data-voice">
            <h2 id="story-data-voice">{m.dataVoice}</h2>
            <p className="story__number" data-testid="story-number">
              {says.primary}
            </p>
            <p className="story__unit">{text.unit}</p>
            <p>{says.text}</p>
            <p className="story__fine">
              {m.sourcesLabel} <SourceLinks ids={says.sources} />
            </p>
          </section>
        </div>

        <details className="story__filters">
          <summary>{m.changeFilters}</summary>
          <FilterPanel groups={['region', 'openWeights', 'reasoning', 'labs']} />
        </details>
        <ChartFrame
          figure={step.figure === 'price' ? 'intelligence-vs-price' : step.figure}
          // The step's page carries only the shared filters; the embed gets the figure's whole state.
          embedSearch={serializeFilters(state, view)}
          title={m.figures[step.figure]}
          summary={m.figureSummary(text.claim)}
          source={
            <>
              {m.sourcesLabel} <SourceLinks ids={says.sources} />
            </>
          }
          sources={says.sources}
          notes={`${m.highlighted(names)}${unrated.length > 0 ? ` ${m.notDrawn(unrated.join(', '))}` : ''}`}
          table={{ caption: m.tableCaption, header: m.tableHeader, rows, modelIds: step.highlight, filename: `story-step-${n}` }}
        >
          <div className="story__figure"><Suspense fallback={null}>{<Figure highlight={highlight} />}</Suspense></div>
        </ChartFrame>
        <p className="story__explore">
          <Link to={VIEW_PATH[view]} search={serializeFilters(state, view)} data-testid="story-explore">
            {m.explore} →
          </Link>
        </p>
      </div>

      <nav className="story__nav" aria-label={m.stepsLabel}>
        {back ? (
          <Link to={stepLink(back).path} search={stepLink(back).search} rel="prev" className="story__back">
            ← {m.back}
          </Link>
        ) : (
          <span />
        )}
        <span className="story__progress-nav" aria-hidden="true">
          {m.progress(n, STEP_COUNT)}
        </span>
        {next ? (
          <Link to={stepLink(next).path} search={stepLink(next).search} rel="next" className="story__next">
            {m.next} →
          </Link>
        ) : (
          <Link to={stepLink(1).path} search={stepLink(1).search} className="story__next">
            {m.restart}
          </Link>
        )}
      </nav>
      <p className="story__hint">{m.keysHint}</p>
    </section>
  );
}
