// The esbuild options every browser bundle shares (the widget, the webmaster tools).
import { build } from 'esbuild';

export function buildForBrowsers(options) {
  return build({
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome100', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    ...options,
  });
}
