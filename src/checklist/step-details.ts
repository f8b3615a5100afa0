/**
 * The "How to do it" text of each default step (docs/medical-content.md,
 * §2). Behind a disclosure, so not in the drop-in: the checklist loads this
 * module, and its messages in the widget's language, on the first
 * interaction with it.
 */
import { addMessageGroup, msg } from '../core/localization.js';
import { loaders } from '../generated/locale-loaders-howto.js';

/** This module's messages in `locale`: they load with it, not in every page's checklist chunk. */
export const ready = (locale: string) => addMessageGroup('howto', loaders, locale);

/** Every default step's "how", by the step's id. */
const stepDetails = (): Record<string, string> => ({
  stop: msg(
    "Stop or ease off whatever set off the spasm, but don't stop moving. Some pain when you move is normal. It doesn't mean you are doing harm.",
    {
      id: 'checklist.stop.detail',
      desc: 'How to do the "ease off" step. Keep: some pain on moving is normal and not harmful.',
    }
  ),
  move: msg(
    "Carry on with your daily activities as much as the pain allows. Staying in bed doesn't help and can slow your recovery. Take short, slow walks a few times a day, and build up bit by bit.",
    { id: 'checklist.move.detail', desc: 'How to keep moving. Keep: staying in bed does not help.' }
  ),
  rest: msg(
    'If you need a rest, keep it short and well supported. Lie on your back with a pillow under your knees, or on your side with a pillow between your knees. Then get moving again.',
    { id: 'checklist.rest.detail', desc: 'How to rest briefly in a supported position.' }
  ),
  cold: [
    msg(
      'Cold or heat can ease the pain: use whichever helps. Many people use cold in the first day or two. Wrap an ice pack or a bag of frozen peas in a towel. Hold it on the sore spot for 15 minutes, never more than 20. Leave at least 2 hours before the next time.',
      {
        id: 'checklist.cold.detail',
        desc: 'How to use cold. "Many people…" is a suggestion, not a rule. Keep the numbers: 15, never more than 20 minutes, at least 2 hours.',
      }
    ),
    skinSafety(),
  ].join(' '),
  heat: [
    msg(
      "Many people find heat helps a spasm, and it is fine to use it from the start. Wrap a heat pack or hot-water bottle in a towel. Use it for 15 minutes, never more than 20, and leave at least 2 hours between times. Don't fall asleep on it. A low-heat wrap worn for hours follows its maker's instructions instead.",
      {
        id: 'checklist.heat.detail',
        desc: 'How to use heat. Keep the numbers (15, never more than 20 minutes, at least 2 hours), "don\'t fall asleep on it" and that low-heat wraps follow their maker\'s instructions.',
      }
    ),
    skinSafety(),
  ].join(' '),
  relief: [
    msg(
      'Painkillers such as ibuprofen can help, if they are safe for you. Follow the label: the lowest dose for the shortest time.',
      { id: 'checklist.relief.detail', desc: 'About pain relief from a pharmacy. Name no doses.' }
    ),
    msg(
      "Don't take ibuprofen if you are pregnant. Don't take it if a painkiller like ibuprofen or aspirin has ever made you wheeze. The same goes if one has ever given you an allergic reaction.",
      { id: 'checklist.reliefDont.detail', desc: 'Who must not take ibuprofen. Keep every point.' }
    ),
    msg(
      'Check with a pharmacist first if you are over 65 or have asthma. Also check first if you have had a stomach ulcer or bleed, or have heart, kidney or liver problems or high blood pressure. And check first if you take other medicines, such as blood thinners or steroids.',
      {
        id: 'checklist.reliefPharmacist.detail',
        desc: 'Who should ask a pharmacist before taking ibuprofen. Keep every point.',
      }
    ),
    msg(
      "Paracetamol on its own isn't usually recommended for back pain. But it can be used with another painkiller. If you can't take ibuprofen, or it isn't helping, ask a pharmacist or GP what you can take.",
      {
        id: 'checklist.reliefParacetamol.detail',
        desc: 'Paracetamol is acetaminophen in some countries: use the local name. GP: a family doctor. Keep both sentences.',
      }
    ),
  ].join(' '),
});

/** The "how" of the default step `id`. Call while rendering: msg() resolves in the widget's locale. */
export function stepDetail(id: string): string | undefined {
  const all = stepDetails();
  return Object.hasOwn(all, id) ? all[id] : undefined;
}

/** The skin safety line, for cold and heat alike (docs/medical-content.md, §2.4). */
export function skinSafety(): string {
  return msg("Don't use it on numb or broken skin. Stop if your skin goes very red, blistered or numb.", {
    id: 'checklist.skin.detail',
    desc: 'Skin safety for cold and heat packs alike. Keep every point: not on numb or broken skin; stop if very red, blistered or numb.',
  });
}
