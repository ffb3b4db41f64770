/**
 * The China vs US texts in Chinese and Japanese, rendered with the language loaded as the app loads it:
 * apart from the names of models and labs, no Latin word is glued into the sentence, and lists, "and N
 * more" and sentence breaks follow the language.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { parseDataset } from '../../../data/validate-dataset';
import { changeLanguage } from '../../../i18n/language';
import type { Lang } from '../../../lib/locale';
import { DEFAULT_FILTERS, type FilterState } from '../../../stores/filters/filters-url';
import { describeGap, describeMonths, describeOpen, joinNames, summarise } from './describe-china-us';
import { selectChinaUs } from './select-china-us';
import { selectLeaderboard } from './select-leaderboard';

const here = import.meta.url;
const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../../../public/data/dataset.json', here), 'utf8')));
if (!parsed.ok) throw new Error('the real dataset does not parse');
const real = buildDatasetIndex(parsed.data);
const view = (patch: Partial<FilterState> = {}): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

/**
 * Names may be Latin (DeepSeek-R1, o3): cut every model and lab name out, longest first, and the
 * publisher's, which both glossaries keep in Latin letters.
 */
const names = [...real.data.models.flatMap((m) => [m.name, ...m.aliases]), ...real.data.labs.map((l) => l.name), 'Artificial Analysis', 'AA'].sort((a, b) => b.length - a.length);
const withoutNames = (text: string) => names.reduce((t, name) => t.split(name).join('■'), text);
/** A Latin word left over: two or more letters in a row (a lone "B" of "671B" is notation, not a word). */
const LATIN_WORD = /[A-Za-z]{2,}/;

afterAll(async () => {
  await changeLanguage('en');
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe.each<[Lang, string, string]>([
  ['zh', 'A、B、C等（另有1个）', 'A和B'],
  ['ja', 'A、B、Cほか1件', 'A、B'],
])('in %s', (lang, more, two) => {
  it('joins names the language’s way', async () => {
    await changeLanguage(lang);
    expect(joinNames(['A', 'B', 'C', 'D'])).toBe(more);
    expect(joinNames(['A', 'B'])).toBe(two);
  });

  it.each([view(), view({ scope: 'all' }), view({ openWeights: 'open' })])('the summary and readouts have no Latin words but names (%#)', async (state) => {
    await changeLanguage(lang);
    const cu = selectChinaUs(real, state);
    const summary = summarise(selectLeaderboard(real, state), cu);
    // Sentences end with 。 and follow each other without a space or an English full stop.
    expect(summary).not.toMatch(/\. |\.$| \S*。/);
    expect(summary.endsWith('。')).toBe(true);
    const texts = [summary, ...[describeGap(cu), describeMonths(cu), describeOpen(cu)].flatMap((r) => [r.headline, r.detail ?? '', r.measured ?? '', ...r.caveats])];
    for (const text of texts) expect(withoutNames(text), text).not.toMatch(LATIN_WORD);
  });
});
