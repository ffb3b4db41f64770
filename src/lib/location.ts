/**
 * The app's location: the path below the base URL and the query string, read from the History API.
 * A tiny router of our own: the dashboard has five views and a few detail paths, and it must control
 * exactly when a history entry is made (one per user action), which the URL sync below relies on.
 */
import { useSyncExternalStore } from 'react';
import { getLang, withLangParam } from './locale';

export interface AppLocation {
  /** Path below the base, always starting with "/" (e.g. "/labs/deepseek"). */
  path: string;
  /** Query string including "?", or "". */
  search: string;
}

const NAVIGATE_EVENT = 'app:navigate';

function basePath(): string {
  const base = import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base.slice(0, -1) : base;
}

function readLocation(): AppLocation {
  const base = basePath();
  let path = window.location.pathname;
  if (base && path.startsWith(base)) path = path.slice(base.length);
  if (!path.startsWith('/')) path = `/${path}`;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape in the path: keep it raw; the router shows "not found".
  }
  return { path, search: window.location.search };
}

let cached: AppLocation | null = null;
function snapshot(): AppLocation {
  const next = readLocation();
  if (!cached || cached.path !== next.path || cached.search !== next.search) cached = next;
  return cached;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** Calls back after every change of location (in-app navigation, back and forward); returns a stop function. */
export function onLocationChange(onChange: () => void): () => void {
  return subscribe(onChange);
}

export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** The path alone: a component that reads only this does not redraw when the filters rewrite the query string. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, pathSnapshot, pathSnapshot);
}
const pathSnapshot = () => snapshot().path;

export function getLocation(): AppLocation {
  return snapshot();
}

/**
 * The href for a path below the base, e.g. hrefFor('/labs', '?region=china'). The active language
 * travels with every address the app makes (`&lang=zh`), so links, shares and reloads keep it.
 */
export function hrefFor(path: string, search = ''): string {
  return `${basePath()}${path}${withLangParam(search, getLang())}`;
}

/** Goes to a path; keeps the current query string (the filters) unless one is given. */
export function navigate(path: string, options: { search?: string; replace?: boolean } = {}): void {
  const search = options.search ?? window.location.search;
  const url = hrefFor(path, search);
  if (url === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Writes a new query string for the current path (used by the filter sync). */
export function writeSearch(search: string, mode: 'push' | 'replace'): void {
  const url = window.location.pathname + withLangParam(search, getLang()) + window.location.hash;
  if (url === window.location.pathname + window.location.search + window.location.hash) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
