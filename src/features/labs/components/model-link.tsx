import type { MouseEvent, ReactNode } from 'react';
import { viewOfPath } from '../../../config/paths';
import { hrefFor, useLocation } from '../../../lib/location';
import { useFiltersStore } from '../../../stores/filters/filters-store';
import { parseFilters, serializeFilters } from '../../../stores/filters/filters-url';

/**
 * A link that opens a model's shared detail panel. A real link (its address holds `?model=…`, so it can
 * be opened in a new tab or copied); a plain click opens the panel in place through the store.
 */
export function ModelLink({ modelId, children, className }: { modelId: string; children: ReactNode; className?: string }) {
  const { path, search } = useLocation();
  const selectModel = useFiltersStore((s) => s.selectModel);
  const view = viewOfPath(path);
  const href = hrefFor(path, serializeFilters({ ...parseFilters(search, view).state, model: modelId }, view));
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    selectModel(modelId);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
