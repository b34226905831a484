import {emitDataset} from "./emit-dataset.js";

emitDataset((cohort) => cohort.claims);
