// The patients' fields without their printed cells, as an Apache Arrow file: what every page's live layer loads.
import {patientsToArrow} from "../../data-loaders/patients-arrow.js";
import {loaderEntry, readDataset} from "./emit-dataset.js";

export default loaderEntry(import.meta, () => patientsToArrow(readDataset("patients")));
