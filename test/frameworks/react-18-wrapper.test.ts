/**
 * `spasm-widgets/react` in React 18 (npm aliases react-18, react-dom-18): the
 * package's components take the app's `react`, which is 19 in this
 * repository, so these are the same components made with React 18. React 18
 * sets the plain tag's array as an attribute and drops its event, on the
 * client and through hydration.
 */
import { expect } from '@open-wc/testing';
import React from 'react-18';
import ReactDOMClient from 'react-dom-18/client';
import ReactDOMServer from 'react-dom-18/server.browser';
import { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import { widgetComponent } from '../../src/react/widget-component.js';
import { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { describeWrapper } from './react-wrapper-suite.js';

describeWrapper(
  {
    name: 'React 18',
    React,
    client: ReactDOMClient,
    server: ReactDOMServer,
    Checklist: widgetComponent(React, 'spasm-checklist', SpasmChecklist),
    Timer: widgetComponent(React, 'spasm-timer', SpasmTimer),
  },
  ['createRoot', 'hydrateRoot']
);

it('React 18 is the React of this test', () => {
  expect(React.version).to.match(/^18\./);
});
