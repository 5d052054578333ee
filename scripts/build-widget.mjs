// Builds the embeddable widget: .output/widget/widget.js (the loader the script tag names)
// and its lazily loaded chunks. `node scripts/build-widget.mjs` or `npm run build:widget`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildForBrowsers } from './browser-build.mjs';

export const OUT_DIR = fileURLToPath(new URL('../.output/widget/', import.meta.url));

/**
 * The output files the first render needs: the loader's static imports, the app chunk it
 * imports dynamically, and everything the app imports statically (no lazy view, no Dexie).
 */
export function firstRenderFiles(metafile) {
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js')));
  const loader = Object.keys(outputs).find((f) => f.endsWith('/widget.js'));
  const app = outputs[loader].imports.find((i) => i.kind === 'dynamic-import' && /\/app-/.test(i.path))?.path;
  if (!app) throw new Error('the loader does not import the app chunk dynamically');
  const files = new Set([loader]);
  const visit = (file) => {
    if (files.has(file) && file !== loader) return;
    files.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(loader);
  visit(app);
  return { loader, app, files };
}

const APP = fileURLToPath(new URL('../widget/app.tsx', import.meta.url));

/**
 * esbuild makes one chunk for each set of entry points that share modules, and every lazily
 * loaded module is an entry point: the first render's code came as the app chunk plus eight
 * shared chunks, which a fresh browser fetched in a second wave, queued behind its six
 * connections. When every lazily loaded module also imports the app, everything the app
 * needs is shared by the same set of entries and lands in one chunk. Nothing moves into the
 * first render (the lazy modules keep their own chunks, Dexie and the QR encoder too), and
 * the app is already running whenever they load, so the extra import costs nothing.
 */
const oneFirstRenderChunk = {
  name: 'one-first-render-chunk',
  setup(build) {
    const lazy = new Set();
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length) return { errors: resolved.errors };
      if (resolved.path !== APP) lazy.add(resolved.path);
      return resolved;
    });
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      if (!lazy.has(args.path)) return undefined;
      const loader = args.path.match(/\.([jt]sx?)$/)?.[1] ?? 'js';
      return {
        contents: `${readFileSync(args.path, 'utf8')}\nimport ${JSON.stringify(APP)};\n`,
        loader,
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * The app's entry chunk only re-exports the one chunk that holds the first render's code, so
 * the browser learnt of that chunk only once the entry had arrived: one more round trip
 * before any of the code could compile (A/B, 31 cold loads each way: 147 → 130 ms). The
 * loader imports it itself, alongside the app. Its name has a content hash known only after
 * the build, so the loader is built with a placeholder of the same length (the source map
 * stays exact), which is then replaced.
 */
export const FIRST_RENDER_PLACEHOLDER = './chunks/chunk-FIRST000.js';
const firstRenderPlaceholder = {
  name: 'first-render-placeholder',
  setup(build) {
    build.onResolve({ filter: /\/chunk-FIRST000\.js$/ }, () => ({ path: FIRST_RENDER_PLACEHOLDER, external: true }));
  },
};

function nameFirstRenderChunk(metafile) {
  const { loader, app } = firstRenderFiles(metafile);
  const shared = metafile.outputs[app].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path);
  const chunk = shared.find((file) =>
    Object.keys(metafile.outputs[file].inputs).some((input) => input.endsWith('widget/app.tsx')),
  );
  if (!chunk) throw new Error("no chunk holds widget/app.tsx: the first render's code is not in one chunk");
  const name = `./chunks/${basename(chunk)}`;
  const code = readFileSync(loader, 'utf8');
  if (name.length !== FIRST_RENDER_PLACEHOLDER.length || code.split(FIRST_RENDER_PLACEHOLDER).length !== 2) {
    throw new Error(`cannot name ${name} in the loader in place of ${FIRST_RENDER_PLACEHOLDER}`);
  }
  writeFileSync(loader, code.replace(FIRST_RENDER_PLACEHOLDER, name));
}

function bundle(write) {
  return buildForBrowsers({
    entryPoints: { widget: fileURLToPath(new URL('../widget/loader.ts', import.meta.url)) },
    outdir: OUT_DIR,
    define: {
      'process.env.NODE_ENV': '"production"',
      __CLEARCLINIC_FIRST_RENDER__: JSON.stringify(FIRST_RENDER_PLACEHOLDER),
    },
    // Dexie's package routes `import` through a wrapper onto its CommonJS build, which would
    // bring esbuild's interop runtime in as a chunk every entry waits for. Its ESM build is
    // the same library; the widget bundles one copy either way.
    alias: { dexie: fileURLToPath(new URL('../node_modules/dexie/dist/dexie.mjs', import.meta.url)) },
    legalComments: 'linked',
    metafile: true,
    plugins: [oneFirstRenderChunk, firstRenderPlaceholder],
    write,
  });
}

/**
 * The widget's whole stylesheet as a file, widget.css (widget/stylesheet.ts says why): the
 * module is bundled in memory and run here for its one string.
 */
export async function widgetCss() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../widget/stylesheet.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    logLevel: 'warning',
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  const { WIDGET_CSS } = await import(`data:text/javascript;base64,${code}`);
  return WIDGET_CSS;
}

export async function buildWidget({ write = true } = {}) {
  if (write) rmSync(OUT_DIR, { recursive: true, force: true });
  const result = await bundle(write);
  if (write) {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(`${OUT_DIR}meta.json`, JSON.stringify(result.metafile));
    nameFirstRenderChunk(result.metafile);
    writeFileSync(`${OUT_DIR}widget.css`, await widgetCss());
  }
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWidget();
  console.log(`widget built in ${OUT_DIR}`);
}
