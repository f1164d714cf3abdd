/**
 * The part of the widget loaded on first use: the engine with the browser's light catalog, and
 * the step that loads the causes and fixes of the entries a diagnosis names (one module each).
 */
export { diagnose } from '../../diagnose/index.ts';
export { completeTexts } from '../../diagnose/complete.ts';
