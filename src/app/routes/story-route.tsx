/**
 * `/story/:step`: the story's chunk, with the figures it borrows from the views' own chunks (a feature
 * does not import another, so the app hands them in). Each figure loads when a step first shows it.
 */
import { lazy } from 'react';
import type { StoryFigures } from '../../features/story/story-figures';
import { routeChunks } from './route-chunks';

const FIGURES: StoryFigures = {
  frontier: lazy(() => routeChunks.timeline().then((m) => ({ default: m.FrontierFigure }))),
  leaderboard: lazy(() => routeChunks.leaderboard().then((m) => ({ default: m.LeaderboardFigure }))),
  price: lazy(() => routeChunks.price().then((m) => ({ default: m.PriceFigure }))),
};

const StoryView = lazy(() => routeChunks.story().then((m) => ({ default: m.StoryView })));

export function StoryRoute({ step }: { step: string | null }) {
  return <StoryView stepParam={step} figures={FIGURES} />;
}
