import type { ComponentType } from 'react';
import type { StoryFigure } from './lib/story-steps';

/** A view's figure, drawn from the store's view state, with the story's models emphasised. */
export type StoryFigureComponent = ComponentType<{ highlight: ReadonlySet<string> }>;
/** The figures the story shows; the app hands them in from each view's own chunk (features do not import each other). */
export type StoryFigures = Record<StoryFigure, StoryFigureComponent>;
