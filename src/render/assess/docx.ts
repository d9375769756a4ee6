// `reform assess -o FILE.docx`: the 考核情况报告 (or, with --unit, the 对账确认单) as a Word file
// through the documents writer (GB/T 9704 layout).
import { DEFAULT_COMMITTEE, type OfficeIdentity } from '../../documents/identity.js';
import { renderDocx } from '../documents/docx.js';
import { assessmentDocument } from './document.js';
import type { AssessReport } from './words.js';

export async function renderAssessDocx(r: AssessReport): Promise<Uint8Array> {
  const id: OfficeIdentity = r.identity ?? {
    short: r.office,
    full: r.office,
    committee: DEFAULT_COMMITTEE,
    docPrefix: r.office,
    cc: [],
  };
  return new Uint8Array(await renderDocx(assessmentDocument(r, id)));
}
