/**
 * Reviewed renames from operationId to function name, for ids that would
 * mislead or clash once lowerCamelCased. Description defects (missing,
 * capitalised, misspelt ids) are fixed in overlay.yaml instead, so the
 * catalogue's operationId and the function name agree wherever possible.
 * The generator fails on a key that names no operation.
 */
export const FUNCTION_NAMES: Readonly<Record<string, string>> = {};
