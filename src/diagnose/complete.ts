/**
 * Fills in the causes and fixes of a diagnosis's findings. With the whole catalog in memory (CLI,
 * build, tests) they are there already; in the browser the catalog loads each entry's on first
 * use (src/build/browser-catalog.ts). Either way the result is the same object.
 */
import { loadEntryTexts } from '../catalog/index.ts';
import { rankCauses } from './rule.ts';
import type { Diagnosis } from './types.ts';

export async function completeTexts(diagnosis: Diagnosis): Promise<Diagnosis> {
  const findings = diagnosis.responses.flatMap((response) => response.findings);
  const missing = findings.filter((finding) => finding.causes.length === 0 || finding.fixes.length === 0);
  if (missing.length === 0) return diagnosis;
  const texts = await loadEntryTexts([...new Set(missing.map((finding) => finding.id))]);
  for (const finding of missing) {
    const text = texts[finding.id];
    if (!text) continue;
    // A rule may have set fixes of its own (a Cloudinary message class); those stay.
    if (finding.causes.length === 0) finding.causes = [...text.causes];
    if (finding.fixes.length === 0) finding.fixes = [...text.fixes];
    rankCauses(finding);
  }
  return diagnosis;
}
