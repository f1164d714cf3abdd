/** Reading a picked or dropped file as text, refusing what the diagnoser cannot use. */
import { looksBinary } from '../../diagnose/read/binary.ts';
import { MAX_INPUT_LENGTH } from '../../diagnose/read/types.ts';
import { formatSize } from './size.ts';

export type FileText = { ok: true; text: string } | { ok: false; message: string };

/** Enough of the file's start to tell text from an image or an archive. */
const SNIFF_BYTES = 8192;

export async function readTextFile(file: File): Promise<FileText> {
  if (file.size > MAX_INPUT_LENGTH) {
    return {
      ok: false,
      message: `${file.name} is ${formatSize(file.size)}; the diagnoser reads files up to ${formatSize(MAX_INPUT_LENGTH)}. Export only the failing request (one HAR entry, or its headers) and try again.`,
    };
  }
  try {
    if (looksBinary(await file.slice(0, SNIFF_BYTES).text())) {
      return { ok: false, message: `${file.name} is not a text file (it looks like an image or other binary data): open a .har, .txt or .json file.` };
    }
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `${file.name} could not be read: the browser refused to open it. Try choosing it again.` };
  }
}
