/** The Emscripten factory of xmllint-wasm's browser glue (made an ES default export by src/portal/build.ts). */
declare module 'xmllint-wasm/xmllint-browser.mjs' {
  const createXmllint: (moduleArg: Record<string, unknown>) => Promise<unknown>;
  export default createXmllint;
}
