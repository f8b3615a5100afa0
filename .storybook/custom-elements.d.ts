// custom-elements.json is generated; its schema is not needed here.
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
