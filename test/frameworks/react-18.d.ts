// React 18 beside React 19, under npm aliases (package.json; web-test-runner.config.mjs serves each react-dom
// its own react). Typed with React 19's types, which cover what the tests call.
declare module 'react-18' {
  import React from 'react';
  export default React;
}
declare module 'react-dom-18/client' {
  export * from 'react-dom/client';
}
declare module 'react-dom-18/server.browser' {
  export * from 'react-dom/server.browser';
}
