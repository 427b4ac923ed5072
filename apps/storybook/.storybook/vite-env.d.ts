declare module 'virtual:nrw-health/docgen' {
  /** react-docgen-typescript's result for each widget of @nrw-health/react, by export name. */
  const docgen: Record<string, unknown>;
  export default docgen;
}
