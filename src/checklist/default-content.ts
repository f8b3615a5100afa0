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
      detail: msg('At the first sign of a spasm, stop the activity that set it off, even if the pain is mild.', {
        id: 'checklist.stop.detail',
        desc: 'How to do the "stop" step.',
      }),
    },
    {
      id: 'cold',
      therapy: 'cold',
      title: msg('Cool it first', {
        id: 'checklist.cold.title',
        desc: 'First-aid step title: use cold (ice) first. Short.',
      }),
      detail: msg(
        'Wrap an ice pack or a bag of frozen peas in a thin towel and hold it on the sore spot for 15 minutes. Do this every 2 hours for the first day or two. Never put ice straight on your skin.',
        {
          id: 'checklist.cold.detail',
          desc: 'How to use cold. Keep the numbers: 15 minutes, every 2 hours, first day or two.',
        }
      ),
    },
    {
      id: 'rest',
      title: msg('Rest for a short while, well supported', {
        id: 'checklist.rest.title',
        desc: 'First-aid step title. Short.',
      }),
      detail: msg(
        'For a day or two, rest often: lie on your back with your upper body raised a little and a pillow under your knees, or sit in a reclining chair with your legs up and knees slightly bent.',
        { id: 'checklist.rest.detail', desc: 'How to rest in a supported position.' }
      ),
    },
    {
      id: 'move',
      title: msg('Keep moving gently', { id: 'checklist.move.title', desc: 'First-aid step title. Short.' }),
      detail: msg(
        'Lying still for long makes muscles stiffer. Take short, slow walks a few times a day: if it hurts a lot, walk for 5 minutes, rest for 30, and slowly build up. Avoid hills and uneven ground, and stop if you feel a sharp pain.',
        { id: 'checklist.move.detail', desc: 'How to keep moving. Keep the numbers: walk 5 minutes, rest 30.' }
      ),
    },
    {
      id: 'heat',
      therapy: 'heat',
      title: msg('Warm it after a day or two', {
        id: 'checklist.heat.title',
        desc: 'First-aid step title: use heat after the first day or two. Short.',
      }),
      detail: msg(
        "After the first day or two, use a heat pack or heating pad for 15 minutes to relax the muscle. Moist heat works best. Leave at least 2 hours between sessions, follow the pad's instructions and don't fall asleep on it.",
        { id: 'checklist.heat.detail', desc: 'How to use heat. Keep the numbers: 15 minutes, at least 2 hours apart.' }
      ),
    },
    {
      id: 'relief',
      title: msg('Take pain relief as the label says', {
        id: 'checklist.relief.title',
        desc: 'First-aid step title. Short.',
      }),
      detail: msg(
        'Medicines from the pharmacy can help. Ibuprofen, naproxen or aspirin ease pain and swelling; paracetamol (acetaminophen) eases pain. Read the label and never take more than it says.',
        {
          id: 'checklist.relief.detail',
          desc: 'About over-the-counter pain relief. Use the local names of these medicines; name no doses.',
        }
      ),
    },
    {
      id: 'drink',
      title: msg('Drink enough and eat well', { id: 'checklist.drink.title', desc: 'First-aid step title. Short.' }),
      detail: msg(
        'Drink water through the day and eat regular meals. Fluids and minerals such as potassium help your muscles, especially if cramps keep coming back.',
        { id: 'checklist.drink.detail', desc: 'About fluids and food.' }
      ),
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
