import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { mockFetchJson, renderApp } from '../../../../test/render-app';
import type { Dataset, Statement } from '../../../data/dataset.schema';

afterEach(() => vi.unstubAllGlobals());

const st = (text: string, patch: Partial<Statement> = {}): Statement => ({ text, sources: ['S30'], status: 'sourced', ...patch });

function dataset(): Dataset {
  const base = makeDataset();
  return makeDataset({
    sources: [
      ...base.sources,
      { id: 'S30', title: 'DeepSeek background', publisher: null, url: 'https://example.org/s30', otherUrls: [], date: null, tier: 'secondary' },
      { id: 'S31', title: 'DeepSeek founded on July 15', publisher: null, url: 'https://example.org/s31', otherUrls: [], date: null, tier: 'secondary' },
      { id: 'S34', title: 'Entity List', publisher: null, url: 'https://example.org/s34', otherUrls: [], date: null, tier: 'secondary' },
      { id: 'GK', title: 'General knowledge', publisher: null, url: null, otherUrls: [], date: null, tier: 'tertiary' },
    ],
    labs: [
      makeLab('deepseek', {
        name: 'DeepSeek',
        nativeName: '深度求索',
        country: 'CN',
        founded: [st('May 2023', { date: '2023-05' }), st('15 July 2023', { date: '2023-07-15', sources: ['S31'] })],
        founders: [st('Liang Wenfeng')],
        hq: [st('Hangzhou')],
        funding: [st('Funded by High-Flyer')],
        flagship: ['DeepSeek-V3', 'DeepSeek-R1'],
        reportSays: '“DeepSeek’s R1 reaches 89, above many American models.” [a bracketed note]',
      }),
      makeLab('alibaba', { name: 'Alibaba', country: 'CN', kind: 'big-tech', founded: [st('1999', { date: '1999', sources: ['GK'], status: 'unverified' })] }),
      makeLab('huawei', {
        name: 'Huawei',
        country: 'CN',
        kind: 'big-tech',
        focus: [st('Domain-specific models served on Huawei Cloud', { sources: ['S1'], status: 'as-stated' })],
        entityList: { listed: true, date: '2019', sources: ['S34'] },
        reportSays: '“Huawei focuses on domain-specific models” [no index value given].',
      }),
      makeLab('openai', { name: 'OpenAI', founded: [st('2015', { date: '2015', sources: ['GK'], status: 'unverified' })] }),
      makeLab('mistral', { name: 'Mistral AI', country: 'FR' }),
    ],
    models: [
      makeModel('deepseek-v3', 'deepseek', { name: 'DeepSeek-V3', releaseDate: '2024-12-26', openWeights: true, scores: [makeScore(80)] }),
      makeModel('deepseek-r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', openWeights: true, reasoning: true, scores: [makeScore(89)] }),
      makeModel('qwen2-5-max', 'alibaba', { name: 'Qwen2.5-Max', releaseDate: '2025-01-28', scores: [makeScore(79)] }),
      makeModel('pangu', 'huawei', { name: 'PanGu (5.x)', releaseDate: null, reasoning: null, scores: [] }),
      makeModel('o1', 'openai', {
        name: 'o1',
        releaseDate: '2024-12-05',
        reasoning: true,
        scores: [makeScore(90), makeScore(94, { status: 'as-stated', preferred: false, sources: ['S1'] })],
      }),
      makeModel('o3', 'openai', { name: 'o3', releaseDate: '2025-04-16', reasoning: true, scores: [makeScore(94, { status: 'estimate' })] }),
      makeModel('mistral-large-2', 'mistral', { name: 'Mistral Large 2', releaseDate: '2024-07-24', openWeights: true, scores: [makeScore(74)] }),
    ],
  });
}

async function open(url: string, data: Dataset = dataset()) {
  mockFetchJson(data);
  renderApp(url);
  return screen.findByRole('heading', { level: 1 });
}

const labNames = () => screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);

describe('labs directory', () => {
  it('shows every lab as a card, grouped by country and kind, with its figures', async () => {
    expect(await open('/labs')).toHaveTextContent('Labs');
    expect(screen.getByText('Showing all 5 labs.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.trim())).toEqual(['Each lab’s best index', 'China (3 labs)', 'United States (1 lab)', 'France (1 lab)']);
    const card = screen.getByRole('article', { name: 'DeepSeek' });
    expect(card).toHaveTextContent('深度求索');
    expect(card).toHaveTextContent(/Best index\s*89\s*DeepSeek-R1/);
    expect(card).toHaveTextContent(/Open weights\s*2 of 2 models \(100%\)/);
    expect(card).toHaveTextContent(/First reasoning model\s*DeepSeek-R1 \(released 20 Jan 2025\)/);
    expect(card).toHaveTextContent(/Founded\s*May 2023 \(sources differ\)/);
    expect(within(card).getByRole('link', { name: 'DeepSeek' })).toHaveAttribute('href', '/labs/deepseek');
    const huawei = screen.getByRole('article', { name: 'Huawei' });
    expect(huawei).toHaveTextContent('no index value for any of its models');
    expect(huawei).toHaveTextContent(/Open weights\s*0 of 1 model \(0%\)/);
    // As of the report (the default scope), OpenAI's best is o1; o3's estimate comes in with the wider scope.
    expect(screen.getByRole('article', { name: 'OpenAI' })).toHaveTextContent(/Best index\s*90\s*o1/);
    expect(screen.getByRole('article', { name: 'Alibaba' })).toHaveTextContent(/Founded\s*1999\s*not checked against a source/);
  });

  it('with estimates and later releases, a best value that is an estimate is written with its “+”', async () => {
    await open('/labs?scope=all');
    expect(screen.getByRole('article', { name: 'OpenAI' })).toHaveTextContent(/94\+\s*o3\s*\(\+ estimate\)\s*released after the report/);
  });

  it('filters by region through the shared filter and keeps it in the URL', async () => {
    await open('/labs');
    await userEvent.click(within(screen.getByRole('group', { name: 'Region' })).getByRole('button', { name: 'China' }));
    expect(window.location.search).toBe('?region=china');
    expect(screen.getByText('Showing 3 of 5 labs (region: China).')).toBeInTheDocument();
    expect(labNames()).toEqual(['Alibaba', 'Huawei', 'DeepSeek']);
  });

  it('sorts by the chosen key inside each group, unknown last, and keeps it in the URL', async () => {
    await open('/labs?region=china');
    expect(within(screen.getByRole('group', { name: 'Region' })).getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort labs by' }), 'index');
    expect(window.location.search).toBe('?region=china&labSort=index');
    expect(labNames()).toEqual(['Alibaba', 'Huawei', 'DeepSeek']);
    const bigTech = screen.getByRole('region', { name: 'Big tech (2)' });
    expect(within(bigTech).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Alibaba', 'Huawei']);
  });

  it('says which filter emptied the directory and offers to remove it', async () => {
    const data = dataset();
    data.labs = data.labs.filter((l) => l.country !== 'FR');
    data.models = data.models.filter((m) => m.labId !== 'mistral');
    await open('/labs?region=other', data);
    expect(screen.getByRole('heading', { name: 'No lab matches the filter' })).toBeInTheDocument();
    expect(screen.getByText('The region filter “Other” leaves no lab in the directory.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show every region' }));
    expect(window.location.search).toBe('');
    expect(labNames()).toHaveLength(4);
  });
});

describe('lab profile', () => {
  it('shows the sourced facts, conflicts side by side and unknowns in words', async () => {
    expect(await open('/labs/deepseek')).toHaveTextContent('DeepSeek 深度求索');
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(facts).toHaveTextContent('The sources differ; each statement is shown:');
    expect(facts).toHaveTextContent(/May 2023\s*sourced\s*\[S30\]/);
    expect(facts).toHaveTextContent(/15 July 2023\s*sourced\s*\[S31\]/);
    expect(facts).toHaveTextContent('Liang Wenfeng');
    expect(facts).toHaveTextContent('Hangzhou');
    expect(facts).toHaveTextContent(/US Entity List\s*not stated in the sources/);
    expect(facts).not.toHaveTextContent('Not listed');
    expect(within(facts).getByRole('link', { name: /S31/ })).toHaveAttribute('href', 'https://example.org/s31');
  });

  it('keeps what the source document says apart, as a quotation with its source', async () => {
    await open('/labs/deepseek');
    const report = screen.getByRole('region', { name: 'What the source document says' });
    const quote = report.querySelector('blockquote');
    expect(quote).toHaveTextContent('“DeepSeek’s R1 reaches 89, above many American models.”');
    expect(quote).toHaveAttribute('cite', 'https://example.org/s1');
    expect(within(report).getByText(/Editorial note in the English rendering/)).toBeInTheDocument();
    expect(within(report).getByRole('link', { name: /S1/ })).toBeInTheDocument();
  });

  it('draws its models with a summary from the data, and lists them with links to their details', async () => {
    await open('/labs/deepseek');
    const chart = screen.getByRole('figure', { name: 'DeepSeek: index of its models by release date' });
    expect(chart).toHaveAccessibleDescription(
      'DeepSeek has 2 models with an index value and a release date (of 2 in the dataset), from DeepSeek-V3 (80, 26 Dec 2024) to its best, DeepSeek-R1 (89, 20 Jan 2025). DeepSeek-R1 set China’s frontier.',
    );
    expect(chart).toHaveTextContent('AA index (pre-v2, early Feb 2025)');
    expect(within(chart).getByRole('list', { name: 'Legend' })).toHaveTextContent('China frontier (best index so far), in grey');
    await userEvent.click(within(chart).getByRole('tab', { name: 'Table' }));
    const twin = within(chart).getByRole('table');
    const [asModel, asFrontier] = within(twin).getAllByRole('rowheader', { name: 'DeepSeek-R1' }).map((h) => h.closest('tr'));
    expect(asModel).toHaveTextContent(/DeepSeek model.*20 Jan 2025.*89.*measured/);
    expect(asFrontier).toHaveTextContent(/China frontier.*89/);

    const models = screen.getByRole('table', { name: /DeepSeek: 2 models in the dataset/ });
    const link = within(models).getByRole('link', { name: 'DeepSeek-R1' });
    expect(link).toHaveAttribute('href', '/labs/deepseek?model=deepseek-r1');
    await userEvent.click(link);
    expect(window.location.search).toBe('?model=deepseek-r1');
    expect(await screen.findByRole('dialog', { name: 'DeepSeek-R1' })).toBeInTheDocument();
  });

  it('profiles a lab with no index value in full, and says so in the chart area', async () => {
    expect(await open('/labs/huawei')).toHaveTextContent('Huawei');
    expect(screen.getByText('No index value for any Huawei model in the report')).toBeInTheDocument();
    const unplotted = screen.getByRole('heading', { name: 'Not drawn on the chart' }).nextElementSibling;
    expect(unplotted).toHaveTextContent('PanGu (5.x): not rated; release date unknown');
    const models = screen.getByRole('table', { name: /Huawei: 1 model in the dataset/ });
    expect(within(models).getByRole('rowheader', { name: 'PanGu (5.x)' }).closest('tr')).toHaveTextContent(/unknown.*not rated/);
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(facts).toHaveTextContent(/US Entity List\s*Listed \(since 2019\)\s*\[S34\]/);
    expect(facts).toHaveTextContent(/Domain-specific models served on Huawei Cloud\s*as stated in the source document/);
    expect(facts).toHaveTextContent(/Founders and leaders\s*not stated in the sources/);
  });

  it('says when the source document does not discuss a lab, and marks general knowledge', async () => {
    await open('/labs/openai');
    expect(screen.getByText('The source document does not discuss OpenAI.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Facts' })).toHaveTextContent(/Founded\s*2015\s*not checked against a source/);
    expect(screen.getByRole('figure', { name: /OpenAI/ })).toHaveAccessibleDescription(/o3 set the US frontier\. 1 model released after the report is marked with a dashed ring\./);
    const models = screen.getByRole('table', { name: /OpenAI: 2 models/ });
    expect(within(models).getByRole('columnheader', { name: 'Notes' })).toBeInTheDocument();
    expect(within(models).getByRole('rowheader', { name: 'o1' }).closest('tr')).toHaveTextContent(/90\s*measured.*also stated: 94 \(as stated in a write-up\)/);
    expect(within(models).getByRole('rowheader', { name: 'o3' }).closest('tr')).toHaveTextContent(/94\s*\+ estimate.*released after the report/);
  });

  it('leaves out the notes column when no model has a note', async () => {
    await open('/labs/deepseek');
    const models = screen.getByRole('table', { name: /DeepSeek: 2 models/ });
    expect(within(models).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Model', 'Released', 'Index (AA index (pre-v2, early Feb 2025))', 'Status', 'Open weights', 'Reasoning', 'Price (USD/M, blended)↕', 'Parameters↕', 'Context↕', 'Licence↕']);
    // The fixture's models have no price record: unknown, never $0.
    expect(models).not.toHaveTextContent('$0');
  });

  it('names the frontier drawn behind a lab outside the US and China', async () => {
    await open('/labs/mistral');
    const chart = screen.getByRole('figure', { name: /Mistral AI/ });
    expect(chart).toHaveTextContent('The grey line is the frontier of all labs outside the US and China together (France)');
  });

  it('shows a not-found message inside the shell for an unknown lab', async () => {
    expect(await open('/labs/no-such-lab')).toHaveTextContent('Page not found');
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
  });

  it('goes to a comparison from the profile', async () => {
    await open('/labs/deepseek');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'openai');
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(window.location.pathname).toBe('/labs/compare/deepseek/openai');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare labs: DeepSeek and OpenAI' })).toBeInTheDocument();
  });
});

describe('labs comparison', () => {
  it('shows both labs’ facts in aligned rows and both charts', async () => {
    expect(await open('/labs/compare/deepseek/openai')).toHaveTextContent('Compare labs: DeepSeek and OpenAI');
    const table = screen.getByRole('table', { name: 'Facts about DeepSeek and OpenAI, row by row' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual(['Fact', 'DeepSeek 深度求索', 'OpenAI']);
    expect(within(table).getByRole('rowheader', { name: 'Best index' }).closest('tr')).toHaveTextContent(/89\s*DeepSeek-R1.*90\s*o1/);
    const lead = screen.getByRole('region', { name: 'Best index of each lab' });
    expect(lead).toHaveTextContent('As of the report (Feb 2025): measured and as-stated values');
    expect(lead).toHaveTextContent('OpenAI ahead by 1 point');
    expect(lead).toHaveTextContent('DeepSeek: DeepSeek-R1, 89. OpenAI: o1, 90.');
    expect(within(table).getByRole('rowheader', { name: 'Founders and leaders' }).closest('tr')).toHaveTextContent(/Liang Wenfeng.*not stated in the sources/);
    // One overlaid chart, each lab named in its key with its own marker shape.
    const chart = screen.getByRole('figure', { name: 'DeepSeek and OpenAI: index of their models by release date' });
    const legend = within(chart).getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('DeepSeek models (circles)');
    expect(legend).toHaveTextContent('OpenAI models (diamonds)');
    expect(chart).toHaveTextContent(/DeepSeek’s best: DeepSeek-R1 \(89.*OpenAI’s best: o1 \(90/);
  });

  it('changes a lab with the labelled pickers, at a shareable address', async () => {
    await open('/labs/compare/deepseek/openai');
    expect(screen.getByRole('combobox', { name: 'First lab' })).toHaveValue('deepseek');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Second lab' }), 'alibaba');
    expect(window.location.pathname).toBe('/labs/compare/deepseek/alibaba');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare labs: DeepSeek and Alibaba' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Swap the two labs' }));
    expect(window.location.pathname).toBe('/labs/compare/alibaba/deepseek');
  });

  it.each([
    ['/labs/compare', 'Choose two labs to compare them.'],
    ['/labs/compare/deepseek', 'Choose a second lab to compare.'],
    ['/labs/compare/deepseek/no-such-lab', 'There is no lab with the id “no-such-lab”. Choose one from the list.'],
  ])('%s explains what is missing and keeps the pickers', async (url, message) => {
    expect(await open(url)).toHaveTextContent('Compare labs');
    expect(screen.getByText(new RegExp(message.slice(0, 30)))).toHaveTextContent(message);
    expect(screen.getByRole('combobox', { name: 'First lab' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Second lab' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('starts a comparison from the empty page', async () => {
    await open('/labs/compare');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'First lab' }), 'alibaba');
    expect(window.location.pathname).toBe('/labs/compare/alibaba');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Second lab' }), 'openai');
    expect(window.location.pathname).toBe('/labs/compare/alibaba/openai');
    expect(await screen.findByRole('table', { name: /Facts about Alibaba and OpenAI/ })).toBeInTheDocument();
  });
});

describe('labs comparison link', () => {
  it('copies the shareable address and says so', async () => {
    await open('/labs/compare/deepseek/openai');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy link to this comparison' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/labs/compare/deepseek/openai`);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
  });
});

describe('the lab chart’s value statuses', () => {
  function stepfun(): Dataset {
    return makeDataset({
      labs: [makeLab('stepfun', { name: 'StepFun', country: 'CN' }), makeLab('deepseek', { name: 'DeepSeek', country: 'CN' })],
      models: [
        makeModel('step-r-mini', 'stepfun', { name: 'Step R-mini', releaseDate: '2025-01', reasoning: true, scores: [makeScore(84, { status: 'as-stated' })] }),
        makeModel('step-x', 'stepfun', { name: 'Step-X', releaseDate: '2025-01-24', scores: [makeScore(83, { status: 'estimate' })] }),
        // No preferred value, but a write-up states one that is not used.
        makeModel('step-2-16k', 'stepfun', { name: 'Step-2-16K', releaseDate: '2024-07', scores: [makeScore(84, { status: 'as-stated', preferred: false })] }),
        makeModel('deepseek-r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', scores: [makeScore(89)] }),
      ],
    });
  }

  it('keys only the statuses it draws, and says each status in words in the table twin', async () => {
    await open('/labs/stepfun', stepfun());
    const chart = screen.getByRole('figure', { name: 'StepFun: index of its models by release date' });
    const legend = within(chart).getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('Value stated only in a write-up (diamond)');
    expect(legend).toHaveTextContent('Estimate, “+” (plus)');
    expect(legend).not.toHaveTextContent('Measured on the leaderboard');
    expect(legend).not.toHaveTextContent('Released after the report');
    await userEvent.click(within(chart).getByRole('tab', { name: 'Table' }));
    const twin = within(chart).getByRole('table');
    // Step R-mini is listed twice: as a StepFun model and as a step of China's frontier.
    for (const row of within(twin).getAllByRole('rowheader', { name: 'Step R-mini' })) expect(row.closest('tr')).toHaveTextContent(/84\s*as stated in a write-up/);
    expect(within(twin).getByRole('rowheader', { name: 'Step-X' }).closest('tr')).toHaveTextContent(/83\+\s*estimate/);
  });

  it('names a stated value that is not used for a model it cannot draw', async () => {
    await open('/labs/stepfun', stepfun());
    const unplotted = screen.getByRole('heading', { name: 'Not drawn on the chart' }).nextElementSibling;
    expect(unplotted).toHaveTextContent('Step-2-16K: not rated (Jul 2024) (a write-up states 84; not used, see the model’s details)');
  });
});
