import { readFileSync } from 'node:fs';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { datasetSchema } from '../../../data/dataset.schema';

/** The shipped dataset, parsed and indexed: the numbers the view shows come from here. */
export function realIndex() {
  return buildDatasetIndex(datasetSchema.parse(JSON.parse(readFileSync('public/data/dataset.json', 'utf8'))));
}
