/** Saving a Blob as a file in the browser, and the JSON file for a whole dataset. */

/** The JSON file: two-space indented, UTF-8, with a final newline (readable in a text editor and in diffs). */
export function jsonFileBlob(value: unknown): Blob {
  return new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json;charset=utf-8' });
}

/** Starts a download of `blob` as `filename`. Throws only if the page has no document (never in a browser). */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
