import {emitDataset} from "./emit-dataset.js";

emitDataset("timeline");
