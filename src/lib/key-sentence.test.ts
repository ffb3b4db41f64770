import { describe, expect, it } from 'vitest';
import { splitKeySentence } from './key-sentence';

describe('splitKeySentence', () => {
  it.each([
    ['One sentence only.', 'One sentence only.', ''],
    ['69 models shown, 49 rated. The top is o3.', '69 models shown, 49 rated.', 'The top is o3.'],
    ['China matched it 1.5 months later. Next one. Third.', 'China matched it 1.5 months later.', 'Next one. Third.'],
    ['o3 94+ (US) leads. 12 more follow.', 'o3 94+ (US) leads.', '12 more follow.'],
    ['  No full stop  ', 'No full stop', ''],
    ['', '', ''],
  ])('%j', (text, key, rest) => {
    expect(splitKeySentence(text)).toEqual({ key, rest });
  });

  it('ends a Chinese or Japanese sentence at its full stop, keeping a closing bracket with it', () => {
    expect(splitKeySentence('显示65个模型。美国最佳模型o1（90）领先。')).toEqual({ key: '显示65个模型。', rest: '美国最佳模型o1（90）领先。' });
    expect(splitKeySentence('「R1は89です。」と述べています。差は1ポイントです。')).toEqual({ key: '「R1は89です。」と述べています。', rest: '差は1ポイントです。' });
    expect(splitKeySentence('一文だけ。')).toEqual({ key: '一文だけ。', rest: '' });
  });
});
