/**
 * `/story/:step`: the story's chunk, with the figures it borrows from the views' own chunks (a feature
 * does not import another, so the app hands them in). Each figure loads when a step first shows it.
 */
import type { StoryFigures } from '../../features/story/story-figures';
import { lazyFrom } from '../../lib/lazy-chunk';
import { routeChunks } from './route-chunks';

const FIGURES: StoryFigures = {
  frontier: lazyFrom(routeChunks.timeline, (m) => m.FrontierFigure),
  leaderboard: lazyFrom(routeChunks.leaderboard, (m) => m.LeaderboardFigure),
  price: lazyFrom(routeChunks.price, (m) => m.PriceFigure),
};

const StoryView = lazyFrom(routeChunks.story, (m) => m.StoryView);

export function StoryRoute({ step }: { step: string | null }) {
  return <StoryView stepParam={step} figures={FIGURES} />;
}
