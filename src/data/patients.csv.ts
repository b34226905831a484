// The whole series as one spreadsheet table, with the same columns as the Data & methods page's download of the
// patients in view: the page links it, so the whole series downloads as CSV with no script.
import {patientsCsv} from "../lib/csv.js";
import {loaderEntry, readCohort} from "./emit-dataset.js";

export default loaderEntry(import.meta, () => patientsCsv(readCohort().patients));
