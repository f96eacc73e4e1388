// Build assets/plotly-atlas.min.js (a partial plotly.js bundle) and its third-party notices.
//
//   cd scripts/plotly_bundle && npm ci && npm run build
//
// Why: the full plotly.min.js (4.8 MB, every trace type) took about a second of script
// evaluation on each first load; the dashboard draws only scatter, bar and scattergeo.
// Settings follow plotly.js's own esbuild-config.js (iife, global `Plotly`, es2016).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { environmentPlugin } from 'esbuild-plugin-environment';

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.resolve(here, '..', '..', 'assets');
const outfile = path.join(assets, 'plotly-atlas.min.js');
const noticesFile = path.join(assets, 'plotly-atlas.LICENSE.txt');
const plotlyVersion = JSON.parse(
  fs.readFileSync(path.join(here, 'node_modules', 'plotly.js', 'package.json'), 'utf8'),
).version;

// Two lookups of country names (~250 countries and their aliases, each name normalised by a
// chain of regexps) are built when the bundle is evaluated: country-iso-search's default one
// and plotly.js's own. Under Dash's core-js polyfills that cost ≈ 90 ms per page load, for
// lookups only `locationmode: "country names"` uses (the dashboard passes lon/lat). Both are
// built on first use instead: same results, nothing done at load. Each patch must apply
// exactly once, so an upstream change fails the build rather than silently undoing it.
const PATCHES = [
  {
    file: /plotly\.js[\\/]src[\\/]lib[\\/]geo_location_utils\.js$/,
    edits: [
      [
        'const { lookupAlpha3 } = createLookup([...COUNTRIES, ...COUNTRIES_X]);',
        `var countryLookup = null;
function lookupAlpha3(name) {
    if (countryLookup === null) countryLookup = createLookup([...COUNTRIES, ...COUNTRIES_X]);
    return countryLookup.lookupAlpha3(name);
}`,
      ],
    ],
  },
  {
    file: /country-iso-search[\\/]dist[\\/]index\.c?js$/,
    edits: [
      ['  byAlpha2: () => byAlpha2,', '  byAlpha2: () => defaultLookup().byAlpha2,'],
      ['  byAlpha3: () => byAlpha3,', '  byAlpha3: () => defaultLookup().byAlpha3,'],
      ['  byM49: () => byM49,', '  byM49: () => defaultLookup().byM49,'],
      [
        `var _default = createLookup(COUNTRIES);
var lookup = _default.lookup;
var lookupAlpha3 = _default.lookupAlpha3;
var byAlpha3 = _default.byAlpha3;
var byAlpha2 = _default.byAlpha2;
var byM49 = _default.byM49;`,
        `var _default = null;
function defaultLookup() {
  if (_default === null) _default = createLookup(COUNTRIES);
  return _default;
}
function lookup(input) {
  return defaultLookup().lookup(input);
}
function lookupAlpha3(input) {
  return defaultLookup().lookupAlpha3(input);
}`,
      ],
    ],
  },
];

const patched = new Set();
const lazyCountryLookups = {
  name: 'lazy-country-lookups',
  setup(build) {
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, async (args) => {
        let source = await fs.promises.readFile(args.path, 'utf8');
        for (const [from, to] of patch.edits) {
          if (source.split(from).length !== 2) {
            throw new Error(`${args.path}: expected exactly one ${JSON.stringify(from.split('\n')[0])}; update build.mjs`);
          }
          source = source.replace(from, to);
        }
        patched.add(patch);
        return { contents: source, loader: 'js' };
      });
    }
  },
};

const result = await esbuild.build({
  entryPoints: [path.join(here, 'entry.js')],
  outfile,
  format: 'iife',
  globalName: 'Plotly',
  bundle: true,
  minify: true,
  legalComments: 'none', // the notices go to plotly-atlas.LICENSE.txt instead
  banner: {
    js:
      `/*! plotly.js v${plotlyVersion} partial bundle (core + bar + scattergeo) for Arms Flow` +
      ' Atlas | MIT, see plotly-atlas.LICENSE.txt | built by scripts/plotly_bundle */',
  },
  // registry.js requires maplibre's CSS for `map` subplots, which this bundle does not have.
  loader: { '.css': 'empty' },
  plugins: [lazyCountryLookups, environmentPlugin({ NODE_DEBUG: false })],
  define: { global: 'window', 'define.amd': 'false' },
  target: 'es2016',
  metafile: true,
  logLevel: 'info',
});

if (patched.size !== PATCHES.length) throw new Error('a patched file was not in the bundle; update build.mjs');

// Third-party notices: every npm package with code in the bundle, with its licence text.
const packages = new Map();
const output = result.metafile.outputs[path.relative(process.cwd(), outfile)];
for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  // (CSS inputs are empty stubs here: see the loader above.)
  if (match && bytesInOutput > 0 && !input.endsWith('.css')) packages.set(match[1], path.join(here, 'node_modules', match[1]));
}
const sections = [...packages.keys()].sort().map((name) => {
  const dir = packages.get(name);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licenceFile = fs
    .readdirSync(dir)
    .find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenceFile
    ? fs.readFileSync(path.join(dir, licenceFile), 'utf8').trim()
    : `(no licence file in the package; package.json says: ${meta.license})`;
  return `${'='.repeat(78)}\n${name}@${meta.version} — ${meta.license}\n${'='.repeat(78)}\n${text}\n`;
});
fs.writeFileSync(
  noticesFile,
  `plotly-atlas.min.js bundles code from these npm packages (built by scripts/plotly_bundle).\n\n` +
    sections.join('\n'),
);
console.log(`plotly.js ${plotlyVersion}: ${packages.size} packages -> ${path.relative(process.cwd(), noticesFile)}`);
