import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../test/fixtures/dataset';
import { mockFetchJson, renderApp } from '../../../test/render-app';

afterEach(() => vi.unstubAllGlobals());

/** The fixture plus a tie (two models at 80) and a model released after the report. */
function dataset() {
  const base = makeDataset();
  return makeDataset({
    labs: [...base.labs, makeLab('tencent', { name: 'Tencent', country: 'CN', nativeName: '腾讯', aliases: ['混元'] })],
    models: [
      ...base.models,
      makeModel('hunyuan', 'tencent', { name: 'Hunyuan-Large', releaseDate: '2024-11-05', openWeights: true, scores: [makeScore(80, { status: 'as-stated' })] }),
      makeModel('gpt-x', 'openai', { name: 'GPT-X', releaseDate: '2024-05-13', scores: [makeScore(80)] }),
      makeModel('o3', 'openai', { name: 'o3', releaseDate: '2025-04-16', reasoning: true, scores: [makeScore(94, { status: 'estimate' })] }),
    ],
  });
}

async function open(url = '/') {
  mockFetchJson(dataset());
  renderApp(url);
  return screen.findByRole('table', { name: /in this selection/ });
}

const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((th) => th.textContent);
const rowOf = (table: HTMLElement, name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('the leaderboard view', () => {
  it('ranks rated models with shared ranks, lists “not rated” last and unranked, and marks estimates and later releases', async () => {
    const table = await open('/?scope=all');
    expect(rowNames(table)).toEqual(['o3', 'o1', 'DeepSeek-R1', 'GPT-X', 'Hunyuan-Large', 'Qwen2.5-Max', 'Mistral Large 2', 'Unscored model']);
    expect(within(rowOf(table, 'GPT-X')).getAllByRole('cell')[0]).toHaveTextContent('=4 (tied)');
    expect(within(rowOf(table, 'Hunyuan-Large')).getAllByRole('cell')[0]).toHaveTextContent('=4 (tied)');
    expect(within(rowOf(table, 'Qwen2.5-Max')).getAllByRole('cell')[0]).toHaveTextContent(/^6$/);
    const unscored = rowOf(table, 'Unscored model');
    expect(unscored).toHaveTextContent('not rated');
    expect(within(unscored).getAllByRole('cell')[0]).toHaveTextContent('–');
    expect(rowOf(table, 'o3')).toHaveTextContent('94+');
    expect(rowOf(table, 'o3')).toHaveTextContent('released after the report');
    expect(rowOf(table, 'o1')).toHaveTextContent('also stated: 94');
  });

  it('each row says its country in words beside its region mark, and an estimate its status in words', async () => {
    const table = await open('/?scope=all');
    const country = (name: string) => within(rowOf(table, name)).getAllByRole('cell')[3]!;
    expect(country('DeepSeek-R1')).toHaveTextContent(/^China$/);
    expect(country('DeepSeek-R1')).toHaveClass('lb-table__region', 'lb-table__region--cn');
    expect(country('o1')).toHaveTextContent(/^United States$/);
    expect(country('o1')).toHaveClass('lb-table__region', 'lb-table__region--us');
    const index = within(rowOf(table, 'o3')).getAllByRole('cell')[1]!;
    expect(index.querySelector('.score-status.lb-table__status')).toHaveTextContent('estimate');
  });

  it('as of the report by default: the later estimate is out of scope, and the headline says the scope in words', async () => {
    const table = await open();
    expect(rowNames(table)).not.toContain('o3');
    expect(screen.getByRole('status')).toHaveTextContent('7 of the 7 models in scope shown.');
    const gap = screen.getByRole('article', { name: 'Best US vs best Chinese model' });
    expect(gap).toHaveTextContent('US ahead by 1 point');
    expect(gap).toHaveTextContent('o1 90 (US) vs DeepSeek-R1 89 (CN)');
    expect(screen.getByRole('region', { name: 'China vs US' })).toHaveTextContent('As of the report (Feb 2025): measured and as-stated values');
  });

  it('describes the chart with the summary sentence, from the readout numbers', async () => {
    await open('/?scope=all');
    const figure = screen.getByRole('figure', { name: 'Models ranked by intelligence index' });
    expect(figure).toHaveAccessibleDescription(
      /^8 models shown, 7 rated\. The top is o3 \(United States, 94, an estimate\)\. The best US model, o3 \(94, an estimate\), leads the best Chinese model, DeepSeek-R1 \(89\), by 5 points; on measured values only: o1 \(90\) leads DeepSeek-R1 \(89\) by 1 point\./,
    );
    const gap = screen.getByRole('article', { name: 'Best US vs best Chinese model' });
    expect(gap).toHaveTextContent('US ahead by 5 points');
    expect(gap).toHaveTextContent('o3 was released after the report (16 Apr 2025).');
  });

  it('region China is one click, goes into the URL, and keeps the China vs US readouts', async () => {
    const table = await open();
    await userEvent.click(within(screen.getByRole('group', { name: 'Region' })).getByRole('button', { name: 'China' }));
    expect(window.location.search).toBe('?region=china');
    expect(rowNames(table)).toEqual(['DeepSeek-R1', 'Hunyuan-Large', 'Qwen2.5-Max', 'Unscored model']);
    expect(within(rowOf(table, 'DeepSeek-R1')).getAllByRole('cell')[0]).toHaveTextContent(/^1$/);
    expect(screen.getByRole('button', { name: 'Remove filter: Region: China' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('4 of the 7 models in scope shown.');
    expect(screen.getByRole('article', { name: 'Best US vs best Chinese model' })).toHaveTextContent('US ahead by 1 point');
  });

  it('open weights only: the readouts follow, and say when a side has nothing', async () => {
    await open();
    await userEvent.click(within(screen.getByRole('group', { name: 'Open weights' })).getByRole('radio', { name: 'Open' }));
    expect(window.location.search).toBe('?open=open');
    const gap = screen.getByRole('article', { name: 'Best US vs best Chinese model' });
    expect(gap).toHaveTextContent('No comparison possible');
    expect(gap).toHaveTextContent('No rated United States model in this selection; “Open weights only” left that side empty.');
    expect(screen.getByRole('article', { name: 'Months behind' })).toHaveTextContent('No comparison possible');
    expect(screen.getByRole('article', { name: 'Months behind' })).not.toHaveTextContent('China ahead');
    expect(screen.getByRole('article', { name: 'Open-weights leader' })).toHaveTextContent('Best open Chinese model: DeepSeek-R1 89 (CN)');
  });

  it('search matches Chinese names and aliases of labs', async () => {
    const table = await open();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search models and labs' }), '混元');
    expect(rowNames(table)).toEqual(['Hunyuan-Large']);
    expect(screen.getByRole('button', { name: 'Remove filter: Search: “混元”' })).toBeInTheDocument();
  });

  it('counts the models each lab would show, and “only” filters to one lab', async () => {
    const table = await open('/?open=open');
    const labs = screen.getByRole('group', { name: 'Labs' });
    expect(within(labs).getByRole('checkbox', { name: /^DeepSeek.*1 model$/ })).toBeChecked();
    expect(within(labs).getByRole('checkbox', { name: /^OpenAI.*0 models$/ })).toBeChecked();
    await userEvent.click(within(labs).getByRole('button', { name: 'Only Alibaba' }));
    expect(window.location.search).toBe('?labs=alibaba&open=open');
    expect(within(labs).getByRole('checkbox', { name: /^Alibaba/ })).toBeDisabled();
    expect(screen.queryByRole('table', { name: /in this selection/ })).not.toBeInTheDocument();
    expect(table).not.toBeInTheDocument();
  });

  it('an empty result names the filters that emptied it and removes one', async () => {
    mockFetchJson(dataset());
    renderApp('/?region=us&labs=alibaba');
    const empty = await screen.findByRole('region', { name: 'No model matches these filters' });
    expect(within(empty).getByRole('button', { name: 'Remove Region: United States (shows 2 models)' })).toBeInTheDocument();
    await userEvent.click(within(empty).getByRole('button', { name: 'Remove Lab: Alibaba (shows 2 models)' }));
    expect(window.location.search).toBe('?region=us');
    const table = await screen.findByRole('table', { name: /in this selection/ });
    expect(rowNames(table)).toEqual(['o1', 'GPT-X']);
  });

  it('sorts by a column on click, flips on a second click, and says so with aria-sort', async () => {
    const table = await open();
    const header = within(table).getByRole('columnheader', { name: /Lab/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(window.location.search).toBe('?sort=lab-asc');
    expect(rowNames(table).slice(0, 3)).toEqual(['Qwen2.5-Max', 'Unscored model', 'DeepSeek-R1']);
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames(table)[0]).toBe('Hunyuan-Large');
  });

  it('Reset all clears every filter in one step', async () => {
    const table = await open('/?region=china&reasoning=yes');
    expect(rowNames(table)).toEqual(['DeepSeek-R1']);
    await userEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
    expect(window.location.search).toBe('');
    expect(rowNames(table)).toHaveLength(7);
  });

  it('side by side shows the best of each side in two columns', async () => {
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'China vs US side by side' }));
    expect(window.location.search).toBe('?mode=compare');
    expect(screen.getByRole('heading', { name: 'United States: top 2 of 2 rated' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'China: top 3 of 3 rated' })).toBeInTheDocument();
  });

  it('a model name opens its details at its own URL; Escape closes them and focus returns', async () => {
    const table = await open();
    const button = within(table).getByRole('button', { name: 'DeepSeek-R1' });
    await userEvent.click(button);
    expect(window.location.search).toBe('?model=deepseek-r1');
    const dialog = await screen.findByRole('dialog', { name: 'DeepSeek-R1' });
    await waitFor(() => expect(within(dialog).getByRole('heading', { level: 2, name: 'DeepSeek-R1' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.search).toBe('');
    expect(button).toHaveFocus();
  });
});
