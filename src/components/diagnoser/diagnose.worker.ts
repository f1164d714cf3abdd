/**
 * Runs the engine off the main thread for big pastes and files, so the page keeps scrolling and
 * typing while a large HAR is read. One message in (the text), one out (the outcome).
 */
import { diagnoseWithProviders } from './engine.ts';

addEventListener('message', (event: MessageEvent<string>) => {
  void diagnoseWithProviders(event.data).then((outcome) => postMessage(outcome));
});
