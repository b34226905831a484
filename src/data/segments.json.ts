import {emitDataset} from "./emit-dataset.js";

emitDataset("segments");
