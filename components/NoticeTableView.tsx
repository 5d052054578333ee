/**
 * A notice as a date × department table (utils/notice/notice-table.ts), the same wherever a notice
 * that was read is shown: the webmaster tools, the popup, a hospital's kept notices. It scrolls
 * inside its box, so a long holiday never widens the page.
 */
import type { NoticeTable } from '../utils/notice/notice-table';

export function NoticeTableView({
  table,
  id,
  corner,
  onlyWithLines = false,
}: {
  table: NoticeTable;
  id?: string;
  /** The header of the departments' column. */
  corner: string;
  /** Leave out the departments the notice leaves with no line at all (small screens). */
  onlyWithLines?: boolean;
}) {
  const rows = onlyWithLines ? table.rows.filter((r) => r.cells.some((c) => c.status !== 'none')) : table.rows;
  return (
    <div class="scroll">
      <table id={id} class="notice-table">
        <thead>
          <tr>
            <th>{corner}</th>
            {table.dates.map((d) => (
              <th key={d.date} data-date={d.date}>
                {d.label}
                {d.holiday && <small> {d.holiday}</small>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.department} data-department={row.department}>
              <th>{row.name}</th>
              {row.cells.map((c, i) => (
                <td key={table.dates[i]!.date} class={c.status}>
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
