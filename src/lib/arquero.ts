/**
 * Arquero for code that runs both in Node (loaders, audit, tests) and in the browser (pages). The package's
 * main entry also exports file loaders that import node:fs, which breaks the browser bundle, so this module
 * imports only the table and op modules, which are plain ES modules in both places.
 */
export {from, table} from "arquero/src/table/index.js";
export {opApi as op} from "arquero/src/op/op-api.js";
