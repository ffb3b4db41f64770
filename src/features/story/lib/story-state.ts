/**
 * A step's view state and the addresses built from it. Pure: the URL codec writes them, so a step's
 * address, its Next/Back links and "Explore this view" all say the same thing.
 */
import { paths, type ViewName } from '../../../config/paths';
import { DEFAULT_FILTERS, FILTER_STATE_KEYS, carries, parseFilters, serializeFilters, type FilterState } from '../../../stores/filters/filters-url';
import type { StoryStep } from './story-steps';

/** The full view state a step starts in. */
export function stepState(step: Pick<StoryStep, 'state'>): FilterState {
  return { ...DEFAULT_FILTERS, ...step.state };
}

/** The story's pages carry only the shared filters (they are not a view with options of their own). */
const STORY_VIEW: ViewName = 'other';

/** The query string of a step's address when it starts: the shared filters of its state. */
export function stepSearch(step: Pick<StoryStep, 'state'>): string {
  return serializeFilters(stepState(step), STORY_VIEW);
}

/** The path and query string of a step at its start. */
export function stepHref(n: number, step: Pick<StoryStep, 'state'>): { path: string; search: string } {
  return { path: paths.story(n), search: stepSearch(step) };
}

/**
 * The state to show on arriving at a step's address: the shared filters from the address (what the
 * reader changed, or what a shared link carries), the view options (frontier kind, later releases …)
 * from the step. An address with no query string is the step at its start.
 */
export function stateOnArrival(step: Pick<StoryStep, 'state'>, search: string): FilterState {
  const start = stepState(step);
  if (search === '' || search === '?') return start;
  const fromUrl = parseFilters(search, STORY_VIEW).state;
  const out = { ...start } as Record<keyof FilterState, unknown>;
  for (const key of FILTER_STATE_KEYS) if (carries(key, STORY_VIEW)) out[key] = fromUrl[key];
  return out as unknown as FilterState;
}
