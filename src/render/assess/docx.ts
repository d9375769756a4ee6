import type { AssessReport } from './words.js';
export async function renderAssessDocx(_r: AssessReport): Promise<Uint8Array> {
  throw new Error('not yet');
}
