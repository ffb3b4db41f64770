/**
 * The import layers, enforced by lint (see docs in README → Architecture):
 *   app → features → components (shared UI) → filters / stores / data / i18n → lib, config, messages
 * Each zone says which folders a layer may NOT import from. lib, config and messages import nothing
 * of ours. Features never import each other (a separate rule in eslint.config.js).
 */
const SRC = './src';
const dir = (name) => `${SRC}/${name}`;

/** Everything in src except the named folders (what a leaf layer may not import). */
const everythingBut = (name) => ({
  target: dir(name),
  from: SRC,
  except: [`./${name}`],
  message: `src/${name} is a leaf: it imports nothing of ours.`,
});

/** A layer that may not import the layers above it. */
const below = (name, above) => ({
  target: dir(name),
  from: above.map(dir),
  message: `src/${name} may not import ${above.map((a) => `src/${a}`).join(', ')} (imports run app → features → components → filters / stores / data → lib).`,
});

export const LAYER_ZONES = [
  everythingBut('lib'),
  everythingBut('config'),
  everythingBut('messages'),
  // The language machinery: chooses, loads and switches; shared UI (the header's switch) uses it.
  below('i18n', ['app', 'features', 'components', 'filters', 'stores', 'data']),
  below('data', ['app', 'features', 'components', 'filters', 'stores']),
  below('filters', ['app', 'features', 'components', 'stores']),
  below('stores', ['app', 'features', 'components']),
  below('components', ['app', 'features']),
  below('features', ['app']),
  // A feature's pure selectors depend on the data and the filters, never on shared UI.
  {
    target: `${SRC}/features/*/lib/**/*`,
    from: dir('components'),
    message: 'Selectors (features/*/lib) do not import shared UI: the filter logic is in src/filters.',
  },
];
