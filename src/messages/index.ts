/**
 * Every user-facing string, in one module per area. Another language is another folder
 * beside `en/` with the same shape; components never hold their own text.
 */
import { about } from './en/about';
import { common } from './en/common';
import { exportControls } from './en/export-controls';
import { labs } from './en/labs';
import { leaderboard } from './en/leaderboard';
import { timeline } from './en/timeline';

export const messages = { common, about, leaderboard, timeline, labs, exportControls };
export type Messages = typeof messages;
