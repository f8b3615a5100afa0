/**
 * The explanation of each default question (facts.md sections 4 and 5),
 * shown once a question is answered. Not in the drop-in: the quiz loads this
 * module, and its messages in the widget's language, on the first
 * interaction with it.
 */
import { addMessageGroup, msg } from '../core/localization.js';
import { loaders } from '../generated/locale-loaders-explanations.js';

/** This module's messages in `locale`: they load with it, not in every page's quiz chunk. */
export const ready = (locale: string) => addMessageGroup('explanations', loaders, locale);

/** The explanation of the default question `id`. Call while rendering: msg() resolves in the widget's locale. */
export function explanationOf(id: string): string | undefined {
  switch (id) {
    case 'bed-rest':
      return msg('Rest for a day or two, then start moving gently. Lying still for long makes the muscles stiffer.', {
        id: 'quiz.bedRest.explanation',
        desc: 'Shown after answering.',
      });
    case 'cold-first':
      return msg(
        'Cold comes first, for the first day or two, to calm swelling. Heat comes after that, to relax the muscle.',
        { id: 'quiz.coldFirst.explanation', desc: 'Shown after answering.' }
      );
    case 'ice-use':
      return msg(
        'Always put a cloth between the ice and your skin, and keep each session to about 15 minutes, never more than 20.',
        { id: 'quiz.iceUse.explanation', desc: 'Shown after answering. Keep the numbers 15 and 20.' }
      );
    case 'big-injury':
      return msg('Small things can set one off too: a sneeze, a cough, or bending to pick something up.', {
        id: 'quiz.bigInjury.explanation',
        desc: 'Shown after answering.',
      });
    case 'habits':
      return msg(
        'Daily stretching, regular activity and strong back and stomach muscles protect your back. Long hours sitting or lying down, and high heels, put strain on it.',
        { id: 'quiz.habits.explanation', desc: 'Shown after answering.' }
      );
    case 'sit-ups':
      return msg(
        'The deep muscles around your middle keep your spine steady, and sit-ups and crunches do little for them. Ask about core exercises instead.',
        { id: 'quiz.sitUps.explanation', desc: 'Shown after answering.' }
      );
    case 'lifting':
      return msg('Heavy or careless lifting is the most common cause, so lift carefully.', {
        id: 'quiz.lifting.explanation',
        desc: 'Shown after answering.',
      });
    case 'load':
      return msg(
        'Good posture and a healthy weight take load off your spine. Enough fluids help your muscles and can keep cramps away. Regular exercise helps too.',
        { id: 'quiz.load.explanation', desc: 'Shown after answering.' }
      );
    case 'consistency':
      return msg(
        "Keeping at it is the key to any exercise routine. Pick activities you enjoy, and start once the spasm has passed. If you aren't usually active, see a doctor before you start an exercise programme.",
        {
          id: 'quiz.consistency.explanation',
          desc: 'Shown after answering. Keep the advice to see a doctor first if you are not usually active.',
        }
      );
  }
  return undefined;
}
