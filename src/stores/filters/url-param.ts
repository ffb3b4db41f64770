/**
 * One URL parameter of the view state: its name, how to read it, how to write it, its default, and the
 * views whose URLs carry it. The codec (filters-url.ts) is a table of these. Pure.
 */
import type { ViewName } from '../../config/paths';

export const MAX_PARAM_LENGTH = 400;

export interface Param<T> {
  /** The name in the query string. */
  name: string;
  default: T;
  /** Reads every occurrence of the parameter, in order; `bad` when one was ignored. Never throws. */
  parse: (values: readonly string[]) => { value: T; bad: boolean };
  /** The text for a value. A value whose text is the default's is left out of the URL. */
  write: (value: T) => string;
  /** The views whose URLs carry it; absent: every view (the shared filters travel with the person). */
  views?: readonly ViewName[];
}

/** A single-valued parameter: the last valid occurrence wins; an invalid one is ignored. */
export function single<T>(spec: {
  name: string;
  default: T;
  read: (text: string) => T | undefined;
  write: (value: T) => string;
  views?: readonly ViewName[];
}): Param<T> {
  return {
    name: spec.name,
    default: spec.default,
    write: spec.write,
    ...(spec.views ? { views: spec.views } : {}),
    parse: (values) => {
      let value = spec.default;
      let bad = false;
      for (const text of values) {
        const read = text.length <= MAX_PARAM_LENGTH ? spec.read(text) : undefined;
        if (read === undefined) bad = true;
        else value = read;
      }
      return { value, bad };
    },
  };
}

export function uniqueSorted<T extends string>(items: readonly T[]): T[] {
  return [...new Set(items)].sort();
}

/** A comma-separated list: repeated keys merge, bad items are dropped one by one, kept sorted and unique. */
export function list<T extends string>(spec: { name: string; item: (text: string) => T | undefined; max: number; views?: readonly ViewName[] }): Param<T[]> {
  return {
    name: spec.name,
    default: [],
    write: (value) => uniqueSorted(value).join(','),
    ...(spec.views ? { views: spec.views } : {}),
    parse: (values) => {
      let bad = false;
      const items: T[] = [];
      for (const text of values) {
        if (text.length > MAX_PARAM_LENGTH) {
          bad = true;
          continue;
        }
        for (const part of text.split(',')) {
          if (!part) continue;
          const item = spec.item(part.trim());
          if (item === undefined) bad = true;
          else items.push(item);
        }
      }
      return { value: uniqueSorted(items).slice(0, spec.max), bad };
    },
  };
}

/** A closed set of values, each with its text in the URL. */
export function oneOf<T extends string>(texts: Record<T, string>): { read: (text: string) => T | undefined; write: (value: T) => string } {
  // The default's text is "" (left out of the URL): an empty value in a URL is not a way to ask for it.
  const byText = new Map<string, T>(Object.entries(texts).flatMap(([value, text]) => (text ? [[text as string, value as T]] : [])));
  return { read: (text) => byText.get(text), write: (value) => texts[value] };
}
