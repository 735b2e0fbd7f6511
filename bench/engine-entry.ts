// The engine's API for the benchmark, bundled by ncc exactly as dist/ is (dist/index.js runs the
// action on import, so it cannot be imported for its parts). Never shipped.
export { loadCheckModule } from '../src/checks/index.js';
export { runChecks } from '../src/engine/run.js';
export { loadManifest } from '../src/manifest/load.js';
export { CHECK_TYPES } from '../src/model.js';
