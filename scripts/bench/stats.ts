// Small statistics and formatting for the bench's table.
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number) => `${value.toFixed(2)} ×`;

/** A row of the table: what, measured, budget (empty: for information), within budget. */
export type Row = readonly [name: string, value: string, budget: string, ok: boolean];

export function printTable(title: string, rows: readonly Row[]): void {
  const width = Math.max(...rows.map((row) => row[0].length));
  const valueWidth = Math.max(...rows.map((row) => row[1].length));
  console.log(`\n${title}\n`);
  for (const [name, value, budget, ok] of rows) {
    const verdict = budget ? (ok ? 'within' : 'OVER') : '';
    console.log(
      `${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget.padEnd(22)} ${verdict}`.trimEnd(),
    );
  }
}
