/**
 * Where a series' printed cells say a value was not recorded: per table and column (the patient number aside),
 * the patients whose cell says so. Read from the printed cells, so it counts the same whatever the parsers make of
 * such a cell. The data check "missing cells" and the Data & methods page both read it. `isNotRecorded` is passed
 * in (data-loaders/not-recorded.ts at build time), so this module stays free of the loaders.
 */

export interface NotRecordedColumn {
  table: "Table 1" | "Table 2";
  column: string;
  /** Patients whose cell says the value was not recorded, in row order. */
  missing: number[];
  /** Patients with a printed cell in this column. */
  of: number;
}

type PrintedPatient = {id: number; verbatim: {table1: Readonly<Record<string, string>>; table2: Readonly<Record<string, string>>}};

const tables = [
  {key: "table1", name: "Table 1"},
  {key: "table2", name: "Table 2"}
] as const;

/** The patient number joins the rows: it is never a value that could be missing. */
const idColumn = "No.";

/**
 * Every cell counted (`cells`), and the columns with a cell not recorded, Table 1 then Table 2, columns in the order
 * the rows print them.
 * @example notRecordedCells([{id: 1, verbatim: {table1: {"No.": "1", Sex: "NA"}, table2: {}}}], (c) => c === "NA")
 * // {cells: 1, columns: [{table: "Table 1", column: "Sex", missing: [1], of: 1}]}
 */
export function notRecordedCells(
  patients: readonly PrintedPatient[],
  isNotRecorded: (cell: string) => boolean
): {cells: number; columns: NotRecordedColumn[]} {
  let cells = 0;
  const columns = tables.flatMap(({key, name}) => {
    const byColumn = new Map<string, {missing: number[]; of: number}>();
    for (const p of patients) {
      for (const [column, cell] of Object.entries(p.verbatim[key])) {
        if (column === idColumn) continue;
        const entry = byColumn.get(column) ?? byColumn.set(column, {missing: [], of: 0}).get(column)!;
        entry.of++;
        cells++;
        if (isNotRecorded(cell)) entry.missing.push(p.id);
      }
    }
    return [...byColumn].filter(([, e]) => e.missing.length).map(([column, e]) => ({table: name, column, ...e}));
  });
  return {cells, columns};
}
