export { type CatalogEntry, catalog } from "./generated/catalog.js";
