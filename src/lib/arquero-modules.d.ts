// Types for the deep Arquero entry points used by arquero.ts; they are the package's own declarations.
declare module "arquero/src/table/index.js" {
  export {from, table} from "arquero";
}
declare module "arquero/src/op/op-api.js" {
  export {op as opApi} from "arquero";
}
