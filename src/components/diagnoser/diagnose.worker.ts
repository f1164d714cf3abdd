/**
 * Runs the engine off the main thread for big pastes and files, so the page keeps scrolling and
 * typing while a large HAR is read. One message in (the text), one out (the outcome).
 */
import { diagnose } from '../../diagnose/index.ts';

addEventListener('message', (event: MessageEvent<string>) => {
  postMessage(diagnose(event.data));
});
