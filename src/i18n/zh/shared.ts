// Pieces of wording several areas use; not an area itself (index.ts does not list it).

/** The likely name after a message or hint, when one is known: `，是否应为 X`. */
export const didYouMean = (name: string | number) => (name ? `，是否应为 ${name}` : '');
