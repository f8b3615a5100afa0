import { defineElement } from '../core/define.js';
import { SpasmQuiz } from './spasm-quiz.js';

defineElement('spasm-quiz', SpasmQuiz);

export { SpasmQuiz };
