// The peer's whole process for `npm run bench`: start node, read the rules, compute a year of
// open intervals for each with opening_hours.js, and exit. Plain JavaScript, as a user runs it.
import { readFileSync } from 'node:fs';
import opening_hours from 'opening_hours';

const { year, rules } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const from = new Date(year, 0, 1);
const to = new Date(year + 1, 0, 1);
let count = 0;
for (const rule of rules) count += new opening_hours(rule, null, 0).getOpenIntervals(from, to).length;
process.stdout.write(`${count}\n`);
