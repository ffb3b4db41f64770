/**
 * On a phone the timeline opens on the recent past: from the start of the year before the report
 * (2024 for a February 2025 report), where most models are, instead of squeezing every release into a
 * plot a few hundred pixels wide. It is a default, not a filter in the URL: a window the user chose
 * (in the URL) wins, and the user can widen it to every date. Pure.
 */
import type { ReleaseWindow } from '../../../filters/filter-state';

/** The phone's default start: 1 January of the year before the report's year. */
export function phoneDefaultFrom(reportDay: string): string {
  return `${Number(reportDay.slice(0, 4)) - 1}-01-01`;
}

export interface PhoneWindow {
  window: ReleaseWindow;
  /** Whether the phone default is in force (say so on screen, with a way to widen it). */
  phoneDefault: boolean;
}

/** The window the view uses: the chosen one, or on a phone with none chosen and not widened, the phone default. */
export function effectiveWindow(chosen: ReleaseWindow, opts: { phone: boolean; widened: boolean; reportDay: string }): PhoneWindow {
  if (!opts.phone || opts.widened || chosen.from !== null || chosen.to !== null) return { window: chosen, phoneDefault: false };
  return { window: { from: phoneDefaultFrom(opts.reportDay), to: null }, phoneDefault: true };
}
