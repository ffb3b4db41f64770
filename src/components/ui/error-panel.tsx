import { DatasetValidationError } from '../../data/dataset-queries';
import {
  EmptyResponseError,
  HtmlInsteadOfJsonError,
  HttpError,
  JsonError,
  NetworkError,
  TimeoutError,
  TooLargeError,
} from '../../data/fetch-json';
import { messages } from '../../messages/errors';

const MAX_ISSUES_SHOWN = 5;

/** Says what went wrong in words a person can act on, with a Retry button. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const m = messages.common.error;
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <h2 id="error-panel-title">{m.title}</h2>
      <ErrorDetail error={error} />
      <button type="button" className="primary" onClick={onRetry}>
        {m.retry}
      </button>
    </section>
  );
}

function ErrorDetail({ error }: { error: Error }) {
  const m = messages.errors.dataset;
  if (error instanceof DatasetValidationError) {
    return (
      <>
        <p>{m.invalid(error.issues.length)}</p>
        <ul>
          {error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (error instanceof HttpError) return <p>{m.http(error.status, error.url)}</p>;
  if (error instanceof HtmlInsteadOfJsonError) return <p>{m.html(error.url)}</p>;
  if (error instanceof EmptyResponseError) return <p>{m.empty(error.url)}</p>;
  if (error instanceof TooLargeError) return <p>{m.tooLarge(error.url, formatMegabytes(error.limitBytes))}</p>;
  if (error instanceof TimeoutError) return <p>{m.timeout(error.url, Math.round(error.timeoutMs / 1000))}</p>;
  if (error instanceof JsonError) return <p>{m.json(error.url)}</p>;
  if (error instanceof NetworkError) return <p>{m.network(error.message)}</p>;
  return <p>{m.unknown}</p>;
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
