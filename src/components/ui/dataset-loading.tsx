import { useEffect, useState } from 'react';
import { messages } from '../../messages';
import { Skeleton, type ViewHeading } from './skeleton';

/** How long the skeleton shows alone before it says that the data is still on its way. */
export const SLOW_NOTICE_MS = 3_000;

interface DatasetLoadingProps {
  /** Failed attempts so far (automatic retries follow them). */
  failureCount: number;
  failureReason: Error | null;
  /** Attempts in all, the first one included. */
  totalAttempts: number;
  onRetry: () => void;
  /** The view's heading, when it is known before the data (the start page's). */
  heading?: ViewHeading;
}

function useElapsed(ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    const id = window.setTimeout(() => setElapsed(true), ms);
    return () => window.clearTimeout(id);
  }, [ms]);
  return elapsed;
}

/** The skeleton while the dataset loads; after a few seconds or a failed attempt, it says so, with a retry. */
export function DatasetLoading({ failureCount, failureReason, totalAttempts, onRetry, heading }: DatasetLoadingProps) {
  const slow = useElapsed(SLOW_NOTICE_MS);
  const m = messages.common.slowLoading;
  const retrying = failureCount > 0;
  return (
    <>
      <div className="loading-notice" aria-live="polite">
        {(slow || retrying) && (
          <div className="notice">
            <p>{m.still}</p>
            {retrying && <p>{m.attempt(Math.min(failureCount + 1, totalAttempts), totalAttempts, failureReason?.message ?? '')}</p>}
            <button type="button" onClick={onRetry}>
              {m.retryNow}
            </button>
          </div>
        )}
      </div>
      <Skeleton heading={heading} />
    </>
  );
}
