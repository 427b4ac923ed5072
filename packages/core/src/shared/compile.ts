// How validators prepare their schema, by environment (package.json "imports", `#compile`).
// Here, for browsers and edge runtimes: zod's interpreter, small and free of `new Function`.

/** Returns the schema to validate with. */
export const prepareSchema = <S>(schema: S): S => schema;
