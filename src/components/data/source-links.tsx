import { memo } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { messages } from '../../messages';

/** Source keys as links to the source (title on hover and for screen readers). Memoised: callers pass constant lists. */
export const SourceLinks = memo(function SourceLinks({ ids }: { ids: readonly string[] }) {
  const { sourcesById } = useDataset();
  return (
    <span className="source-links">
      {ids.map((id, i) => {
        const source = sourcesById.get(id);
        const label = source ? messages.common.labelled(id, source.title) : id;
        return (
          <span key={id}>
            {i > 0 && ' '}
            {source?.url ? (
              <a href={source.url} title={label} aria-label={messages.common.sourceLink(label)} rel="noreferrer noopener" target="_blank">
                [{id}]
              </a>
            ) : (
              <abbr title={label}>[{id}]</abbr>
            )}
          </span>
        );
      })}
    </span>
  );
});
