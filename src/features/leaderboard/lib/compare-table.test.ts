import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { DEFAULT_FILTERS } from '../../../stores/filters/filters-url';
import { compareTableRows } from './compare-table';
import { selectChinaUs } from './select-china-us';

const LABS = [makeLab('cn-lab', { name: 'CN Lab', country: 'CN' }), makeLab('us-lab', { name: 'US Lab' })];
const words = {
  side: { us: 'United States', cn: 'China' },
  status: { measured: 'measured', estimate: 'estimate', 'as-stated': 'as stated' },
};

describe('compareTableRows', () => {
  it('lists both sides, each row naming its side, every model drawn, with its own rank and its model id', () => {
    const index = buildDatasetIndex(
      makeDataset({
        labs: LABS,
        models: [
          makeModel('u1', 'us-lab', { name: 'U One', scores: [makeScore(94, { status: 'estimate' })] }),
          makeModel('u2', 'us-lab', { name: 'U Two', scores: [makeScore(90)] }),
          makeModel('c1', 'cn-lab', { name: '深度求索 C', scores: [makeScore(89)] }),
          makeModel('c2', 'cn-lab', { name: 'C Two', scores: [makeScore(89, { status: 'as-stated' })] }),
        ],
      }),
    );
    // Estimates are in scope only with scope=all: this table must show one with its "+".
    const { columns } = selectChinaUs(index, { ...DEFAULT_FILTERS, scope: 'all' });
    const table = compareTableRows(columns, words);
    expect(table.rows.map((r) => r[1])).toEqual(['United States', 'United States', 'China', 'China']);
    expect(table.rows.length).toBe(columns.us.length + columns.cn.length);
    expect(table.rows[0]).toEqual(['U One', 'United States', '1', '94+', 'estimate']);
    expect(table.rows.slice(2).map((r) => r[2])).toEqual(['1=', '1=']);
    expect(table.rows.slice(2).map((r) => r[0]).sort()).toEqual(['C Two', '深度求索 C']);
    expect(table.modelIds).toEqual(table.rows.map((r) => index.rows.find((x) => x.model.name === r[0])?.model.id));
  });
});
