import {emitDataset} from "./emit-dataset.js";

export default emitDataset(import.meta, "checks");
