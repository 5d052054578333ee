import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension build. The widget bundle and the CLI have their own builds (see README).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    browser_specific_settings: {
      gecko: {
        id: 'clearclinic@clearclinic.example',
        // Firefox's data-collection declaration: ClearClinic collects nothing.
        data_collection_permissions: { required: ['none'] },
      } as Record<string, unknown>,
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
