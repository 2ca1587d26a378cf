// Bundles the pages' scripts and styles into ../wwwroot/app, so the server serves everything itself:
// no CDN at run time. Run by `npm run build`; the API project's build runs it when src/ is newer.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../wwwroot/app');

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  target: ['es2022'],
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// The pages: ES modules, each with its stylesheet beside it (graphiql.css, landing.css).
await build({
  ...common,
  entryPoints: { graphiql: 'src/graphiql.jsx', landing: 'src/landing.js' },
  outdir: out,
  format: 'esm',
  jsx: 'automatic',
});

// Monaco's web workers, loaded by the GraphiQL page from /app/workers/ (see src/monaco-workers.js).
await build({
  ...common,
  entryPoints: {
    'workers/editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'workers/json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'workers/graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir: out,
  format: 'iife',
});

// Written last: the MSBuild target compares its time with the sources' to decide whether to rebuild.
await writeFile(path.join(out, 'build-stamp.txt'), `${new Date().toISOString()}\n`);
