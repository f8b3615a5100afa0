// @ts-check
/* global document -- a browser page's script */
// The page's own script: the checklist's steps, and its change event shown.
// Checked by tsc under strict (tsconfig.json) with the package's types.

/** @type {import('spasm-widgets').ChecklistStep[]} */
const steps = [
  { id: 'stretch', title: 'Stretch gently' },
  { id: 'walk', title: 'Walk for 5 minutes' },
  { id: 'rest', title: 'Rest on your side' },
];

const checklist = /** @type {import('spasm-widgets').SpasmChecklist} */ (document.querySelector('spasm-checklist'));
checklist.steps = steps;
checklist.addEventListener('spasm-checklist-change', (event) => {
  const output = /** @type {HTMLOutputElement} */ (document.querySelector('#last-change'));
  output.textContent = JSON.stringify(event.detail);
});
