/**
 * The "How to do it" text of each default step (facts.md section 2). Behind
 * a disclosure, so not in the drop-in: the checklist loads this module, and
 * its messages in the widget's language, on the first interaction with it.
 */
import { addMessageGroup, msg } from '../core/localization.js';
import { loaders } from '../generated/locale-loaders-howto.js';

/** This module's messages in `locale`: they load with it, not in every page's checklist chunk. */
export const ready = (locale: string) => addMessageGroup('howto', loaders, locale);

/** The "how" of the default step `id`. Call while rendering: msg() resolves in the widget's locale. */
export function stepDetail(id: string): string | undefined {
  switch (id) {
    case 'stop':
      return msg('At the first sign of a spasm, stop the activity that set it off, even if the pain is mild.', {
        id: 'checklist.stop.detail',
        desc: 'How to do the "stop" step.',
      });
    case 'cold':
      return msg(
        'Wrap an ice pack or a bag of frozen peas in a thin towel and hold it on the sore spot for 15 minutes. Do this every 2 hours for the first day or two. Never put ice straight on your skin.',
        {
          id: 'checklist.cold.detail',
          desc: 'How to use cold. Keep the numbers: 15 minutes, every 2 hours, first day or two.',
        }
      );
    case 'rest':
      return msg(
        'For a day or two, rest often: lie on your back with your upper body raised a little and a pillow under your knees, or sit in a reclining chair with your legs up and knees slightly bent.',
        { id: 'checklist.rest.detail', desc: 'How to rest in a supported position.' }
      );
    case 'move':
      return msg(
        'Lying still for long makes muscles stiffer. Take short, slow walks a few times a day: if it hurts a lot, walk for 5 minutes, rest for 30, and slowly build up. Avoid hills and uneven ground, and stop if you feel a sharp pain.',
        { id: 'checklist.move.detail', desc: 'How to keep moving. Keep the numbers: walk 5 minutes, rest 30.' }
      );
    case 'heat':
      return msg(
        "After the first day or two, use a heat pack or heating pad for 15 minutes to relax the muscle. Moist heat works best. Leave at least 2 hours between sessions, follow the pad's instructions and don't fall asleep on it.",
        { id: 'checklist.heat.detail', desc: 'How to use heat. Keep the numbers: 15 minutes, at least 2 hours apart.' }
      );
    case 'relief':
      return msg(
        'Medicines from the pharmacy can help. Ibuprofen, naproxen or aspirin ease pain and swelling; paracetamol (acetaminophen) eases pain. Read the label and never take more than it says.',
        {
          id: 'checklist.relief.detail',
          desc: 'About over-the-counter pain relief. Use the local names of these medicines; name no doses.',
        }
      );
    case 'drink':
      return msg(
        'Drink water through the day and eat regular meals. Fluids and minerals such as potassium help your muscles, especially if cramps keep coming back.',
        { id: 'checklist.drink.detail', desc: 'About fluids and food.' }
      );
  }
  return undefined;
}
