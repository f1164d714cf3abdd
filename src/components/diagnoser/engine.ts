/** The part of the widget loaded on first use: the engine, which carries the whole catalog. */
export { diagnose } from '../../diagnose/index.ts';
