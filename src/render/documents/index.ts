// The writers of a document (公文): text, Markdown and Word. Pick one by format name.
export { renderDocText } from './text.js';
export { renderDocMarkdown } from './markdown.js';
export { renderDocx, FONTS, MARGIN, PAGE } from './docx.js';
