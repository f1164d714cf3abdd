/**
 * The part of the widget loaded on first use: the engine with the browser's light catalog, the
 * step that loads the providers a paste needs (one chunk each), and the step that loads the
 * causes and fixes of the entries a diagnosis names (one module each).
 */
import { diagnose } from '../../diagnose/index.ts';
import type { DiagnoseOutcome } from '../../diagnose/types.ts';
import { loadProvidersFor } from '../../providers/engines.ts';

export { completeTexts } from '../../diagnose/complete.ts';

export async function diagnoseWithProviders(text: string): Promise<DiagnoseOutcome> {
  await loadProvidersFor(text);
  return diagnose(text);
}
