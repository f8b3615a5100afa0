/**
 * The explanation of each default question (docs/medical-content.md, §4 and
 * §5), shown once a question is answered. Not in the drop-in: the quiz loads
 * this module, and its messages in the widget's language, on the first
 * interaction with it.
 */
import { addMessageGroup, msg } from '../core/localization.js';
import { loaders } from '../generated/locale-loaders-explanations.js';

/** This module's messages in `locale`: they load with it, not in every page's quiz chunk. */
export const ready = (locale: string) => addMessageGroup('explanations', loaders, locale);

/**
 * Every default question's explanation, by the question's id. A Map, as
 * question ids are data: never looked up as object keys.
 */
const explanations = () =>
  new Map([
    [
      'bed-rest',
      msg("Stay as active as you can. Staying in bed doesn't help and can slow your recovery.", {
        id: 'quiz.bedRest.explanation',
        desc: 'Shown after answering.',
      }),
    ],
    [
      'ice-use',
      msg(
        'Always put a cloth between the ice and your skin. Keep each session to about 15 minutes, never more than 20.',
        { id: 'quiz.iceUse.explanation', desc: 'Shown after answering. Keep the numbers 15 and 20.' }
      ),
    ],
    [
      'big-injury',
      msg(
        'Small things can set one off: a sneeze, a twist or bending down. Most back pain gets better on its own, and serious causes are very rare.',
        { id: 'quiz.bigInjury.explanation', desc: 'Shown after answering.' }
      ),
    ],
    [
      'scan',
      msg('Most back pain needs no X-ray or scan. A doctor will tell you if you need one.', {
        id: 'quiz.scan.explanation',
        desc: 'Shown after answering.',
      }),
    ],
    [
      'habits',
      msg('Regular activity, exercises for your back and getting up often all help. Try not to sit still for long.', {
        id: 'quiz.habits.explanation',
        desc: 'Shown after answering.',
      }),
    ],
    [
      'consistency',
      msg(
        'Keeping at it matters more than the kind of exercise. Pick something you enjoy, like walking, swimming, yoga or pilates.',
        { id: 'quiz.consistency.explanation', desc: 'Shown after answering.' }
      ),
    ],
    [
      'weight',
      msg('Being overweight can raise your risk. Keeping active helps your back in many ways.', {
        id: 'quiz.weight.explanation',
        desc: 'Shown after answering.',
      }),
    ],
    [
      'lifting',
      msg(
        "Bend your knees, keep the load close and don't twist. This is good practice, but it hasn't been shown to prevent back pain.",
        {
          id: 'quiz.lifting.explanation',
          desc: 'Shown after answering. Keep that it has not been shown to prevent back pain.',
        }
      ),
    ],
  ]);

/** The explanation of the default question `id`. Call while rendering: msg() resolves in the widget's locale. */
export function explanationOf(id: string): string | undefined {
  return explanations().get(id);
}
