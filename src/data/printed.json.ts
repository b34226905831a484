// The printed cells of Tables 1 and 2 by patient, apart from patients.arrow: only the pages that show them load them.
import {printedCells} from "../lib/printedCells.js";
import {loaderEntry, readDataset} from "./emit-dataset.js";

export default loaderEntry(import.meta, () => JSON.stringify(printedCells(readDataset("patients"))));
