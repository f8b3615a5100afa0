/** The widget classes, without registering them: see `spasm-widgets/define`. */
export { SpasmTimer } from './timer/spasm-timer.js';
export type { TimerEventDetail, TimerEventName, TimerMode, TimerStatus } from './timer/spasm-timer.js';
export { SpasmChecklist } from './checklist/spasm-checklist.js';
export type {
  ChecklistChangeDetail,
  ChecklistCompleteDetail,
  ChecklistStep,
  Therapy,
} from './checklist/spasm-checklist.js';
export { SpasmQuiz } from './quiz/spasm-quiz.js';
export type { QuizAnswerDetail, QuizCompleteDetail, QuizOption, QuizQuestion } from './quiz/spasm-quiz.js';
export { overrideMessages, registerTranslation, type SiteMessages } from './core/translations.js';
