/**
 * The checklist's default content (docs/medical-content.md, §2, §3 and §6),
 * in the widget's language. Call only while rendering: msg() resolves in the
 * locale of the widget being rendered.
 */
import { msg } from '../core/localization.js';
import type { ChecklistStep } from './checklist-content.js';

export function defaultSteps(): ChecklistStep[] {
  return [
    {
      id: 'stop',
      title: msg('Ease off what set it off', {
        id: 'checklist.stop.title',
        desc: 'First-aid step title: stop or reduce the activity that caused the spasm (but keep moving). Short.',
      }),
    },
    {
      id: 'move',
      title: msg('Keep moving gently', { id: 'checklist.move.title', desc: 'First-aid step title. Short.' }),
    },
    {
      id: 'rest',
      title: msg('Rest briefly when you need to', {
        id: 'checklist.rest.title',
        desc: 'First-aid step title: short, well-supported rest only. Short.',
      }),
    },
    {
      id: 'cold',
      therapy: 'cold',
      title: msg('Try a wrapped cold pack', {
        id: 'checklist.cold.title',
        desc: 'First-aid step title: an ice or gel pack wrapped in a towel. Not a rule to use cold first. Short.',
      }),
    },
    {
      id: 'heat',
      therapy: 'heat',
      title: msg('Or try a wrapped heat pack', {
        id: 'checklist.heat.title',
        desc: 'First-aid step title: a heat pack or hot-water bottle wrapped in a towel, as an alternative to cold. Short.',
      }),
    },
    {
      id: 'relief',
      title: msg('Take pain relief if it is safe for you', {
        id: 'checklist.relief.title',
        desc: 'First-aid step title. Keep "if it is safe for you". Short.',
      }),
    },
  ];
}

/** The non-urgent reasons to see a doctor (docs/medical-content.md, §3). */
export function doctorReasons(): string[] {
  return [
    msg("The pain hasn't started to get better within a few weeks.", {
      id: 'checklist.doctor.weeks',
      desc: 'A reason to see a GP or doctor (not urgent). Keep "a few weeks".',
    }),
    msg('Spasms keep coming back in the same place.', {
      id: 'checklist.doctor.recurring',
      desc: 'A reason to see a GP or doctor (not urgent).',
    }),
    msg('The pain stops you doing your day-to-day activities.', {
      id: 'checklist.doctor.daily',
      desc: 'A reason to see a GP or doctor (not urgent).',
    }),
    msg('The pain is very bad or gets worse over time.', {
      id: 'checklist.doctor.worse',
      desc: 'A reason to see a GP or doctor (not urgent).',
    }),
    msg("You're worried about it or struggling to cope.", {
      id: 'checklist.doctor.worried',
      desc: 'A reason to see a GP or doctor (not urgent).',
    }),
    msg("You're over 50 and have never had back pain like this before.", {
      id: 'checklist.doctor.over50',
      desc: 'A reason to see a GP or doctor (not urgent). Keep "over 50" and "never … like this before".',
    }),
  ];
}

/** What to tell the doctor, and what a doctor may prescribe (docs/medical-content.md, §2.6 and §3). */
export function doctorAdvice(): string[] {
  return [
    msg('Tell the doctor how bad the pain is, how often it comes, what eases it, when it began and about any injury.', {
      id: 'checklist.doctor.tell',
      desc: 'Below the reasons to see a doctor.',
    }),
    msg(
      "If the pain or spasm is very bad, a doctor may prescribe a medicine for a few days, such as a muscle relaxant. It can make you drowsy and dizzy, so don't drive, use machines or drink alcohol while you take it. It can be habit-forming.",
      {
        id: 'checklist.doctor.advice',
        desc: 'Below the reasons to see a doctor. Keep every point: "a doctor may", a few days, drowsy and dizzy, no driving, machines or alcohol, habit-forming.',
      }
    ),
  ];
}
