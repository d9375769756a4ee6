// Pieces of wording several areas use; not an area itself (index.ts does not list it).

/** The likely name after a message or hint, when one is known: `; did you mean X`. */
export const didYouMean = (name: string | number) => (name ? `; did you mean ${name}` : '');
