/** The scope in words, for headlines and readouts: "As of the report (Feb 2025): measured and as-stated values". Pure. */
import { formatPartialDate } from '../lib/format';
import { messages } from '../messages';
import type { Scope } from './filter-state';

/** The report's month as the scope names it ("Feb 2025"), from its day. */
export function reportMonth(reportDay: string): string {
  return formatPartialDate(reportDay.slice(0, 7));
}

export function describeScope(scope: Scope, reportDay: string): string {
  return messages.filters.scope.phrase[scope](reportMonth(reportDay));
}
