/**
 * The checklist's default content, from facts.md sections 2, 3 and 6, in the
 * widget's language. Call only while rendering: msg() resolves in the
 * locale of the widget being rendered.
 */
import { msg } from '../core/localization.js';
import type { ChecklistStep } from './checklist-content.js';

export function defaultSteps(): ChecklistStep[] {
  return [
    {
      id: 'stop',
      title: msg('Stop what you were doing', { id: 'checklist.stop.title', desc: 'First-aid step title. Short.' }),
    },
    {
      id: 'cold',
      therapy: 'cold',
      title: msg('Cool it first', {
        id: 'checklist.cold.title',
        desc: 'First-aid step title: use cold (ice) first. Short.',
      }),
    },
    {
      id: 'rest',
      title: msg('Rest for a short while, well supported', {
        id: 'checklist.rest.title',
        desc: 'First-aid step title. Short.',
      }),
    },
    {
      id: 'move',
      title: msg('Keep moving gently', { id: 'checklist.move.title', desc: 'First-aid step title. Short.' }),
    },
    {
      id: 'heat',
      therapy: 'heat',
      title: msg('Warm it after a day or two', {
        id: 'checklist.heat.title',
        desc: 'First-aid step title: use heat after the first day or two. Short.',
      }),
    },
    {
      id: 'relief',
      title: msg('Take pain relief as the label says', {
        id: 'checklist.relief.title',
        desc: 'First-aid step title. Short.',
      }),
    },
    {
      id: 'drink',
      title: msg('Drink enough and eat well', { id: 'checklist.drink.title', desc: 'First-aid step title. Short.' }),
    },
  ];
}

/** The non-urgent reasons to see a doctor (facts.md section 3). */
export function doctorReasons(): string[] {
  return [
    msg("It isn't clearly better within 1 to 2 weeks, or spasms keep coming back in the same place.", {
      id: 'checklist.doctor.weeks',
      desc: 'A reason to see a doctor (not urgent). Keep "1 to 2 weeks".',
    }),
    msg('It started with a sports injury, or an incident such as moving furniture.', {
      id: 'checklist.doctor.injury',
      desc: 'A reason to see a doctor (not urgent).',
    }),
    msg("The pain doesn't ease with rest, cold, heat and pain relief from the pharmacy.", {
      id: 'checklist.doctor.noRelief',
      desc: 'A reason to see a doctor (not urgent).',
    }),
  ];
}

/** What to tell the doctor, and what a doctor may prescribe (facts.md sections 2.8 and 3). */
export function doctorAdvice(): string {
  return msg(
    "Tell the doctor how bad the pain is, how often it comes, what eases it, when it began and about any injury. If other treatment hasn't helped a severe spasm, a doctor may prescribe a muscle relaxant for a short time. It can make you drowsy and dizzy, so don't drive or use machines while you take it.",
    {
      id: 'checklist.doctor.advice',
      desc: 'Below the reasons to see a doctor. Keep every point: only when other treatment has not helped, short time, drowsy and dizzy, no driving or machines.',
    }
  );
}
