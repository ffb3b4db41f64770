import type { DatasetIssue } from './validate-dataset';

/** The dataset arrived as JSON but is not a valid dataset: every problem found, with its path. */
export class DatasetValidationError extends Error {
  constructor(
    readonly url: string,
    readonly issues: DatasetIssue[],
  ) {
    super(`The dataset at ${url} failed validation: ${issues.length} problem(s), first at ${issues[0]?.path ?? '(unknown)'}`);
    this.name = 'DatasetValidationError';
  }
}
