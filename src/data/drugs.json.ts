import {emitDataset} from "./emit-dataset.js";

emitDataset("drugs");
