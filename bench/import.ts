/**
 * `npm run bench:import`: the notice reader over the real notices (tests/fixtures/real-notices/),
 * each scored against its careful human reading. Prints, per notice and in all: complete and
 * right, complete and wrong (must be 0), with review lines; cells (date × department) right,
 * under review, wrong; and the time per notice (median of 20 runs).
 */
import { noticeFolders, scoreNotice } from '../tests/helpers/notice-fixtures';
import { median } from './median';

const rows = noticeFolders().map((folder) => {
  const runs: number[] = [];
  let score = scoreNotice(folder);
  for (let i = 0; i < 20; i++) {
    score = scoreNotice(folder);
    runs.push(score.ms);
  }
  return { ...score, ms: median(runs) };
});
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(
  `${pad('notice', 36)}${pad('verdict', 18)}${pad('right', 7)}${pad('review', 8)}${pad('wrong', 7)}${pad('lines', 7)}ms`,
);
for (const r of rows) {
  const verdict = r.complete ? (r.cells.wrong ? 'COMPLETE, WRONG' : 'complete, right') : 'review lines';
  console.log(
    `${pad(r.folder, 36)}${pad(verdict, 18)}${pad(r.cells.right, 7)}${pad(r.cells.review, 8)}${pad(r.cells.wrong, 7)}${pad(r.reading.review.length, 7)}${r.ms.toFixed(2)}`,
  );
}
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
const cells = sum((r) => r.cells.right + r.cells.review + r.cells.wrong);
console.log(
  `\n${rows.length} notices: complete and right ${rows.filter((r) => r.complete && !r.cells.wrong).length}, complete and wrong ${rows.filter((r) => r.complete && r.cells.wrong).length}, with review lines ${rows.filter((r) => !r.complete).length}`,
);
console.log(
  `cells: ${cells}; right ${sum((r) => r.cells.right)} (${((100 * sum((r) => r.cells.right)) / cells).toFixed(1)}%), under review ${sum((r) => r.cells.review)}, wrong ${sum((r) => r.cells.wrong)}`,
);
console.log(
  `time per notice: median ${median(rows.map((r) => r.ms)).toFixed(2)} ms, slowest ${Math.max(...rows.map((r) => r.ms)).toFixed(2)} ms`,
);
if (rows.some((r) => r.complete && r.cells.wrong)) process.exitCode = 1;
