// `npm install` in a git checkout points git at the project's hooks (.githooks/: the commit
// message's shape). Outside a checkout (a tarball, a CI copy without .git) it does nothing.
import { spawnSync } from 'node:child_process';

const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' });
if (inside.status === 0 && inside.stdout.trim() === 'true') {
  spawnSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'inherit' });
}
