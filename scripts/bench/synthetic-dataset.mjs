// A generated dataset of N models for benchmarks only: the real labs, sources and events, and N
// synthetic models with seeded random dates, flags and scores. Never shipped, never shown to a user.

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NO_PRICE = { inputUsdPerM: null, outputUsdPerM: null, asOf: null, provider: null, basis: null, status: 'not-found', sources: [] };

/** About 70% of generated models get a price: log-uniform input from $0.05 to $50 per million, output 2 to 5 times it. */
function syntheticPrice(rand) {
  if (rand() > 0.7) return NO_PRICE;
  const input = Number((0.05 * 1000 ** rand()).toPrecision(3));
  const output = Number((input * (2 + 3 * rand())).toPrecision(3));
  return { inputUsdPerM: input, outputUsdPerM: output, asOf: '2025-02', provider: 'Synthetic API', basis: 'first-party', status: 'secondary', sources: ['S6'] };
}

export function syntheticDataset(real, count, seed = 42) {
  const rand = prng(seed);
  // Prices draw from their own sequence, so the other generated values stay as they were before prices.
  const priceRand = prng(seed + 1);
  const start = Date.UTC(2023, 0, 1);
  const end = Date.UTC(2025, 1, 15);
  const scale = real.meta.primaryScale;
  const models = [];
  for (let i = 0; i < count; i++) {
    const lab = real.labs[i % real.labs.length];
    const day = new Date(start + rand() * (end - start)).toISOString().slice(0, 10);
    const rated = rand() > 0.08;
    const open = rand() > 0.5;
    models.push({
      id: `synthetic-${i}`,
      name: `Synthetic ${lab.name} ${i}`,
      labId: lab.id,
      aliases: [],
      releaseDate: day,
      announcedDate: null,
      openWeights: open,
      // Open weights need a licence (a dataset cross-check).
      licence: open ? { name: 'Synthetic licence', status: 'secondary', sources: ['S6'] } : { name: null, status: 'not-applicable', sources: [] },
      reasoning: rand() > 0.7,
      parameters: { totalB: null, activeB: null },
      price: syntheticPrice(priceRand),
      scores: rated ? [{ value: Math.round(40 + rand() * 55), scale, status: rand() > 0.9 ? 'estimate' : 'measured', preferred: true, sources: ['S6'] }] : [],
      notes: null,
      sources: ['S6'],
      confidence: 'unverified',
    });
  }
  // The real claims name real models, which the synthetic set replaces.
  return { ...real, meta: { ...real.meta, title: `${real.meta.title} (SYNTHETIC, ${count} models, benchmark only)` }, models, claims: [] };
}
