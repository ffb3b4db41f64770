/**
 * The step in a story URL (`/story/:step`): "1" to the last step, written plainly. Anything else (a
 * missing, unknown, padded, signed or hostile value) is step 1, and `clean` is false so the caller
 * rewrites the address in place. Pure.
 */
export function parseStep(raw: string | null, count: number): { step: number; clean: boolean } {
  if (raw !== null && /^[1-9][0-9]?$/.test(raw)) {
    const step = Number(raw);
    if (step <= count) return { step, clean: true };
  }
  return { step: 1, clean: false };
}
