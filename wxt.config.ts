import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension build. The widget, the webmaster tools and the CLI have their own builds (see README).
export default defineConfig({
  srcDir: '.',
  // No auto-imports: every module says what it uses, so the typecheck is the same as the build's.
  imports: false,
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Each one is justified in README (Permissions).
    permissions: ['storage', 'alarms', 'notifications', 'activeTab', 'scripting'],
    // Reading a hospital's page and feed from the extension's pages and background: hospital
    // sites send no CORS headers, and conditional requests (If-None-Match) are never "simple".
    // The detection content script already runs on every http(s) page, so this adds no warning.
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'clearclinic@clearclinic.example',
          // Firefox's data-collection declaration: ClearClinic collects nothing.
          data_collection_permissions: { required: ['none'] },
        } as Record<string, unknown>,
      },
    }),
  }),
  hooks: {
    // public/ also holds what the site publishes (sample feeds, the JSON Schema): not extension assets.
    'build:publicAssets': (_wxt, assets) => {
      const keep = assets.filter((a) => !/^(samples|schema)\//.test(a.relativeDest));
      assets.splice(0, assets.length, ...keep);
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
