// Wording of the documents (公文): the frame (labels) and the urging chain.
export const documentFrame = {
  attachments: '附件：',
  attachment: '附件',
  cc: '抄送：',
  printed: (p: { by: string; date: string }) => `${p.by}　　${p.date}印发`,
  signer: (p: { name: string }) => `签发人：${p.name}`,
  listSep: '，',
  end: '。',
  page: (p: { n: number }) => `— ${p.n} —`,
};
export const documentChain = {};
