// `@intercom-kit/data-export/rows`: CSV parsing of export files. It is a
// subpath of its own so that csv-parse stays out of the bundles of apps
// that import only the operations (the umbrella package among them).
export { type ExportRow, readExportRows } from "./export-job/read-export-rows.js";
