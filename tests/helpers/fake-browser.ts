/**
 * WXT's fakeBrowser as the global `chrome`. WXT's storage picks up `chrome` when it is first
 * imported, so import this module before anything that imports `wxt/utils/storage`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

Object.assign(globalThis, { chrome: fakeBrowser });

export { fakeBrowser };
