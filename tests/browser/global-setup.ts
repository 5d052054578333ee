/** Builds what the browser tests load: the widget bundle, the webmaster tools, the extension. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  for (const script of ['scripts/build-widget.mjs', 'scripts/build-tools.mjs']) {
    execFileSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  }
  for (const target of [[], ['-b', 'firefox']])
    execFileSync(process.execPath, [`${root}node_modules/wxt/bin/wxt.mjs`, 'build', ...target], {
      cwd: root,
      stdio: 'inherit',
    });
}
