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
});
