import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '../../../data/dataset.schema';
import { jsonFileBlob, saveBlob } from '../../../lib/export/download-file';

describe('jsonFileBlob', () => {
  it('the whole dataset, written out, validates against the schema', async () => {
    const data = datasetSchema.parse(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
    const blob = jsonFileBlob(data);
    expect(blob.type).toBe('application/json;charset=utf-8');
    const back: unknown = JSON.parse(await blob.text());
    expect(datasetSchema.safeParse(back).success).toBe(true);
    expect(back).toEqual(data);
  });
});

describe('saveBlob', () => {
  it('clicks a hidden link with the file name and removes it', () => {
    const create = vi.fn(() => 'blob:test');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.getAttribute('href')}`);
    });
    saveBlob('china-ai-frontier-2025-02.csv', new Blob(['x']));
    expect(clicked).toEqual(['china-ai-frontier-2025-02.csv blob:test']);
    expect(document.querySelector('a[download]')).toBeNull();
    spy.mockRestore();
  });
});
