/**
 * The sources of the note under the frontier chart about China's open-weights lead on the later (v2)
 * index: dataset source ids, so data, not text (they were in the message file, where each language
 * would have had to copy them).
 */
export const OPEN_NOTE_SOURCES: readonly string[] = ['S8'];
