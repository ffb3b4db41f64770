/**
 * An object with some fields computed on first read, all at once and only once: for data that is read
 * on demand only, such as a chart's table twin (read when the Table tab is shown or the CSV is
 * downloaded), so that a filter click does not build thousands of rows nobody looks at. Pure.
 * Spreading the object reads (and so computes) the lazy fields.
 */
export function withLazyFields<F extends object, L extends object>(fixed: F, keys: ReadonlyArray<keyof L & string>, make: () => L): F & L {
  let made: L | undefined;
  const out = { ...fixed } as F & L;
  for (const key of keys) Object.defineProperty(out, key, { enumerable: true, get: () => (made ??= make())[key] });
  return out;
}
