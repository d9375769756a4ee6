// `reform assess -o FILE.xlsx` (written in a later step).
import type { AssessReport } from './words.js';

export async function renderAssessXlsx(_r: AssessReport): Promise<Uint8Array> {
  throw new Error('xlsx');
}
