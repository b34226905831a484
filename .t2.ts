const t0 = performance.now();
const {readCohort} = await import("./src/data/emit-dataset.ts");
const t1 = performance.now();
const c = readCohort();
const t2 = performance.now();
await import("@observablehq/plot"); const t3 = performance.now();
await import("./src/pages/compose.ts"); const t4 = performance.now();
await import("./src/views/explore.ts"); const t5 = performance.now();
console.log({importEmit: t1 - t0, readCohort: t2 - t1, plot: t3 - t2, compose: t4 - t3, views: t5 - t4});
