'use client';
/**
 * The widgets as React components (`spasm-widgets/react`), for React 18 and
 * 19, on the client and through server rendering and hydration: see
 * widget-component.ts. Importing a component registers its widget.
 *
 * One export per widget of src/widgets.js (scripts/check-registry.mjs
 * checks it): named exports can't be made from the list. Each is marked
 * pure, so a bundler drops the components an app doesn't use, and their
 * widgets with them.
 */
import React from 'react';
import { SpasmChecklist as ChecklistElement } from '../checklist/spasm-checklist.js';
import { SpasmQuiz as QuizElement } from '../quiz/spasm-quiz.js';
import { SpasmTimer as TimerElement } from '../timer/spasm-timer.js';
import { widgetComponent } from './widget-component.js';

export type { WidgetEventProps, WidgetProps, WidgetPropertyProps, WidgetTag } from './widget-component.js';

export const SpasmTimer = /* @__PURE__ */ widgetComponent(React, 'spasm-timer', TimerElement);
export const SpasmChecklist = /* @__PURE__ */ widgetComponent(React, 'spasm-checklist', ChecklistElement);
export const SpasmQuiz = /* @__PURE__ */ widgetComponent(React, 'spasm-quiz', QuizElement);
