import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import type { Model } from '../../../data/dataset.schema';
import { mockFetchJson, renderApp } from '../../../../test/render-app';

afterEach(() => vi.unstubAllGlobals());

const price = (input: number | null, output: number | null): Model['price'] => ({ inputUsdPerM: input, outputUsdPerM: output, asOf: '2025-02', provider: 'API', basis: 'first-party', status: 'secondary', sources: ['S1'] });

function dataset() {
  return makeDataset({
    labs: [makeLab('cn-lab', { name: 'CN Lab', country: 'CN' }), makeLab('us-lab', { name: 'US Lab' })],
    models: [
      makeModel('cn-top', 'cn-lab', { name: 'CN Top', scores: [makeScore(88)], price: price(0.55, 2.19) }),
      makeModel('us-top', 'us-lab', { name: 'US Top', scores: [makeScore(90)], price: price(15, 60) }),
      makeModel('cn-input', 'cn-lab', { name: 'CN Input Only', scores: [makeScore(80)], price: price(0.3, null) }),
    ],
  });
}

describe('the intelligence-vs-price view', () => {
  it('draws the priced models, the cost readout, and lists the unpriced one (never at 0)', async () => {
    mockFetchJson(dataset());
    renderApp('/price');
    expect(await screen.findByRole('heading', { level: 1, name: 'Intelligence vs price' })).toBeInTheDocument();
    const readout = screen.getByTestId('cost-readout');
    expect(readout).toHaveTextContent('At index 88 or above, the cheapest Chinese model is CN Top at $0.96 and the cheapest US model is US Top at $26');
    expect(screen.getByRole('button', { name: /^CN Top, CN Lab: index 88, \$0\.96/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^CN Input Only,/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('not-priced')).toHaveTextContent('CN Input Only');
    expect(screen.getByTestId('not-priced')).toHaveTextContent('input only: $0.30');
  });

  it('has a table twin with the blended price and the frontier', async () => {
    mockFetchJson(dataset());
    renderApp('/price?region=china');
    await screen.findByRole('heading', { level: 1, name: 'Intelligence vs price' });
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: 'The plotted models: index value and blended price' });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['CN Top']);
    expect(within(table).getByRole('row', { name: /CN Top/ })).toHaveTextContent('0.552.190.96Feb 2025APIyes');
  });
});
