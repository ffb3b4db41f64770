/**
 * Every user-facing string, in one module per area (`en/`). Another language is another folder beside
 * `en/` with the same shape; components never hold their own text.
 *
 * This entry holds what the shell and the first view need (common, the filters' and the leaderboard's
 * strings, which the shared filters use too). Each lazily loaded view imports its own entry (`messages/labs`, …), which
 * adds its area, so the first view does not download every view's text.
 */
import { common } from './en/common';
import { filters } from './en/filters';
import { leaderboard } from './en/leaderboard';
import { register } from './localise';

// In the live table from the start; the app writes the active language in before its first render.
register({ common, filters, leaderboard });

export const messages = { common, filters, leaderboard };
export type Messages = typeof messages;
