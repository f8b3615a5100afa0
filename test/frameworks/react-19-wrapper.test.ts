/**
 * `spasm-widgets/react` in React 19: the package's own components. React 19
 * handles the plain tag on the client, and drops its properties and events
 * while hydrating server HTML (React issue 35446).
 */
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import ReactDOMServer from 'react-dom/server.browser';
import { SpasmChecklist, SpasmTimer } from '../../src/react/index.js';
import { describeWrapper } from './react-wrapper-suite.js';

describeWrapper(
  {
    name: 'React 19',
    React,
    client: ReactDOMClient,
    server: ReactDOMServer,
    Checklist: SpasmChecklist,
    Timer: SpasmTimer,
  },
  ['hydrateRoot']
);

it('React 19 is the React of this test', () => {
  expect(React.version).to.match(/^19\./);
});
