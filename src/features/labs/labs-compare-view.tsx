import { PageIntro } from '../../components/ui/page-intro';
import { paths } from '../../config/paths';
import { Link } from '../../components/ui/link';
import { useDataset } from '../../data/dataset-queries';
import { navigate } from '../../lib/location';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages/labs';
import { ScopeControl } from '../../components/filters/scope-control';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { CompareFactsTable } from './components/compare-facts-table';
import { CompareLead } from './components/compare-lead';
import { CopyLink } from './components/copy-link';
import { LabCompareChart } from './components/lab-compare-chart';
import { LabPicker } from './components/lab-picker';
import { selectLabComparison, type CompareSide } from './lib/select-lab-comparison';
import { sortedLabsForPicker } from './lib/select-lab-directory';
import './labs.css';
import './labs-compare.css';

const EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['deepseek', 'openai'],
  ['alibaba', 'meta'],
];

function sideName(side: CompareSide): string | null {
  return side.status === 'ok' ? side.profile.summary.lab.name : null;
}

/** Two labs side by side at a shareable address: facts in aligned rows, both labs in one chart. */
export function LabsCompareView({ a, b }: { a: string | null; b: string | null }) {
  const index = useDataset();
  const m = messages.labs.compare;
  const scope = useFiltersStore((s) => s.scope);
  const comparison = selectLabComparison(index, a, b, scope);
  const nameA = sideName(comparison.a);
  const nameB = sideName(comparison.b);
  useDocumentTitle(nameA && nameB ? m.docTitle(nameA, nameB) : m.title);
  const labs = sortedLabsForPicker(index);
  const go = (nextA: string | null, nextB: string | null) => {
    // With only the second lab chosen, keep it: the address needs the first one before the second.
    if (!nextA && nextB) navigate(paths.labsCompare(nextB));
    else navigate(paths.labsCompare(nextA, nextB));
  };
  const unknown = [comparison.a, comparison.b].filter((s) => s.status === 'unknown').map((s) => s.id as string);
  const missing = [comparison.a, comparison.b].filter((s) => s.status === 'missing').length;
  const examples = EXAMPLES.filter(([x, y]) => index.labsById.has(x) && index.labsById.has(y));

  return (
    <section className="labs-compare" aria-labelledby="compare-title">
      <nav aria-label={messages.labs.profile.breadcrumb} className="breadcrumb">
        <Link to={paths.labs}>{messages.labs.profile.backToLabs}</Link> <span aria-hidden="true">›</span> <span aria-current="page">{m.title}</span>
      </nav>
      <h1 id="compare-title">{comparison.ready && nameA && nameB ? messages.common.labelled(m.title, m.heading(nameA, nameB)) : m.title}</h1>
      <PageIntro text={m.intro} />

      <div className="compare-pickers" role="group" aria-label={m.pickers}>
        <LabPicker label={m.first} labs={labs} value={a ?? ''} onChange={(id) => go(id || null, comparison.b.status === 'ok' ? b : null)} />
        <LabPicker label={m.second} labs={labs} value={b ?? ''} onChange={(id) => go(comparison.a.status === 'ok' ? a : null, id || null)} />
        {comparison.ready && (
          <button type="button" onClick={() => go(b, a)} aria-label={m.swapLabel}>
            {m.swap}
          </button>
        )}
        {comparison.ready && <CopyLink />}
      </div>

      {!comparison.ready && (
        <div className="notice compare-notice" role="status">
          {unknown.map((id) => (
            <p key={id}>{m.unknown(id)}</p>
          ))}
          {unknown.length === 0 && <p>{missing === 2 ? m.missingBoth : m.missingOne}</p>}
          {examples.length > 0 && (
            <p>
              {m.examples}{' '}
              {examples.map(([x, y], i) => (
                <span key={`${x}-${y}`}>
                  {i > 0 && ', '}
                  <Link to={paths.labsCompare(x, y)}>{m.heading(index.labsById.get(x)!.name, index.labsById.get(y)!.name)}</Link>
                </span>
              ))}
            </p>
          )}
        </div>
      )}

      {comparison.ready && comparison.a.status === 'ok' && comparison.b.status === 'ok' && (
        <>
          {a === b && <p className="notice">{m.sameLab}</p>}
          <h2>{m.chartsHeading}</h2>
          <LabCompareChart a={comparison.a.profile} b={comparison.b.profile} />
          <p className="compare-profiles">
            {[comparison.a.profile, comparison.b.profile].map((p, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                <Link to={paths.lab(p.summary.lab.id)}>{m.openProfile(p.summary.lab.name)}</Link>
              </span>
            ))}
          </p>
          {/* The readout follows its chart (it starts in the first screen, on a phone too). */}
          <CompareLead a={comparison.a.profile} b={comparison.b.profile} lead={comparison.lead} />
          <div className="compare-scope">
            <ScopeControl />
          </div>
          <CompareFactsTable a={comparison.a.profile} b={comparison.b.profile} />
        </>
      )}
    </section>
  );
}
