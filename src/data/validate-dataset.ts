import { checkModelFields, fieldSourcePaths } from './check-model-fields';
import { datasetSchema, type Dataset } from './dataset.schema';

export interface DatasetIssue {
  /** Dotted path to the bad field, e.g. `models[3].scores[0].value`. */
  path: string;
  message: string;
}

export type DatasetResult = { ok: true; data: Dataset } | { ok: false; issues: DatasetIssue[] };

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc ? `${acc}.${name}` : name;
  }, '');
}

/** A real calendar day, not only the right shape (rejects 2025-02-30). */
function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks that the schema alone cannot: unique ids, references that resolve, values within their scale. */
export function crossCheck(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const uniqueIds = (name: string, items: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };

  const sourceIds = uniqueIds('sources', data.sources);
  const scaleIds = uniqueIds('scales', data.scales);
  const labIds = uniqueIds('labs', data.labs);
  const modelIds = uniqueIds('models', data.models);
  uniqueIds('events', data.events);
  const chipIds = uniqueIds('chips', data.chips);

  const checkSources = (path: string, ids: ReadonlyArray<string>) => {
    ids.forEach((sid, i) => {
      if (!sourceIds.has(sid)) add(`${path}[${i}]`, `unknown source "${sid}"`);
    });
  };
  const checkDate = (path: string, value: string | null | undefined) => {
    if (value && !isRealDate(value)) add(path, `"${value}" is not a real date`);
  };

  if (!scaleIds.has(data.meta.primaryScale)) add('meta.primaryScale', `unknown scale "${data.meta.primaryScale}"`);
  checkDate('meta.asOf', data.meta.asOf);
  checkDate('meta.report.publishedBy', data.meta.report.publishedBy);

  checkSources('meta.report.sources', data.meta.report.sources);
  data.scales.forEach((s, i) => checkSources(`scales[${i}].sources`, s.sources));
  const scales = new Map(data.scales.map((s) => [s.id, s]));
  data.sources.forEach((s, i) => checkDate(`sources[${i}].date`, s.date));

  data.labs.forEach((lab, i) => {
    const base = `labs[${i}]`;
    checkSources(`${base}.sources`, lab.sources);
    checkSources(`${base}.entityList.sources`, lab.entityList.sources);
    checkDate(`${base}.entityList.date`, lab.entityList.date);
    if (lab.entityList.listed && lab.entityList.sources.length === 0) {
      add(`${base}.entityList.sources`, 'an Entity List listing needs a source');
    }
    for (const field of ['founded', 'founders', 'hq', 'funding', 'focus'] as const) {
      lab[field].forEach((st, j) => {
        checkSources(`${base}.${field}[${j}].sources`, st.sources);
        checkDate(`${base}.${field}[${j}].date`, st.date);
      });
    }
  });

  data.models.forEach((model, i) => {
    const base = `models[${i}]`;
    if (!labIds.has(model.labId)) add(`${base}.labId`, `unknown lab "${model.labId}"`);
    checkSources(`${base}.sources`, model.sources);
    checkDate(`${base}.releaseDate`, model.releaseDate);
    checkDate(`${base}.announcedDate`, model.announcedDate);
    for (const [path, ids] of fieldSourcePaths(model, base)) checkSources(path, ids);
    checkDate(`${base}.price.asOf`, model.price.asOf);
    checkModelFields(model, base, add);
    const preferredPerScale = new Set<string>();
    model.scores.forEach((score, j) => {
      const sp = `${base}.scores[${j}]`;
      checkSources(`${sp}.sources`, score.sources);
      const scale = scales.get(score.scale);
      if (!scale) {
        add(`${sp}.scale`, `unknown scale "${score.scale}"`);
      } else if (score.value < scale.min || score.value > scale.max) {
        add(`${sp}.value`, `${score.value} is outside the scale ${scale.min}–${scale.max}`);
      }
      if (score.preferred) {
        if (preferredPerScale.has(score.scale)) add(`${sp}.preferred`, 'more than one preferred score on this scale');
        preferredPerScale.add(score.scale);
      }
    });
  });

  data.events.forEach((event, i) => {
    const base = `events[${i}]`;
    checkSources(`${base}.sources`, event.sources);
    checkDate(`${base}.date`, event.date);
    event.chips.forEach((c, j) => {
      if (!chipIds.has(c)) add(`${base}.chips[${j}]`, `unknown chip "${c}"`);
    });
    event.labs.forEach((l, j) => {
      if (!labIds.has(l)) add(`${base}.labs[${j}]`, `unknown lab "${l}"`);
    });
  });

  const modelsById = new Map(data.models.map((m) => [m.id, m]));
  data.claims.forEach((claim, i) => {
    const base = `claims[${i}]`;
    checkSources(`${base}.sources`, claim.sources);
    claim.supported.forEach((s, j) => {
      const sp = `${base}.supported[${j}]`;
      checkSources(`${sp}.sources`, s.sources);
      if (!labIds.has(s.labId)) add(`${sp}.labId`, `unknown lab "${s.labId}"`);
      if (!modelIds.has(s.modelId)) return add(`${sp}.modelId`, `unknown model "${s.modelId}"`);
      const model = modelsById.get(s.modelId)!;
      if (model.labId !== s.labId) add(`${sp}.modelId`, `"${s.modelId}" is a model of "${model.labId}", not "${s.labId}"`);
    });
  });

  data.chips.forEach((chip, i) => {
    checkSources(`chips[${i}].sources`, chip.sources);
    // Performance density is TPP ÷ die area: it cannot be surer than the die area it divides by.
    if (chip.pdMark === 'computed' && (chip.dieMark === 'estimate' || chip.dieMark === 'unverified')) {
      add(`chips[${i}].pdMark`, `"computed" from a die area marked "${chip.dieMark}"; mark the density "${chip.dieMark}" too`);
    }
  });

  return issues;
}

/** Parses unknown JSON into a Dataset, or lists what is wrong with it (schema first, then references). */
export function parseDataset(json: unknown): DatasetResult {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message })),
    };
  }
  const issues = crossCheck(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: parsed.data };
}
