/**
 * Marks every valibot call in a generated schema expression as pure.
 *
 * A bundler drops an unused `/*#__PURE__*\/ f(args)` only when its arguments
 * are side-effect free too, and a call without the mark counts as a side
 * effect, so `v.looseObject({ a: v.optional(v.string()) })` marked on the
 * outside alone stays in every bundle. With one file per schema that did not
 * matter (`sideEffects: false` dropped whole files); the packages now ship
 * one bundled module per entry (scripts/build-package.mjs), where only
 * statement-level tree-shaking can drop a schema, so each call carries the mark.
 * Every valibot call in a schema expression builds a schema and nothing else.
 */
export function pureCalls(code: string): string {
  const marked = code.replace(
    /(\/\*#__PURE__\*\/ )?\bv\.(\w+)\(/g,
    (call, already: string | undefined, name: string) =>
      already ? call : `/*#__PURE__*/ v.${name}(`,
  );
  // Reading another schema's `.entries` to spread them counts as a side
  // effect (it could be a getter), which would keep this schema, and the one
  // it reads, in every bundle. Inside a pure call of a function expression,
  // nothing is read until the schema is used. Not an arrow: the bundler
  // inlines an arrow called on the spot, and the mark goes with it (biome.json
  // lets generated code keep the function expression).
  return /\.entries\b/.test(marked)
    ? `/*#__PURE__*/ (function () {\n  return ${marked};\n})()`
    : marked;
}
