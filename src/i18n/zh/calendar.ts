// reform calendar: the command's lines and the wording inside the .ics file.
export const calendar = {
  written: (p: { file: string; n: number; date: string }) =>
    `已写入 ${p.file}：${p.n} 个未完成节点（截至 ${p.date}）`,
  name: (p: { office: string }) => `${p.office}改革事项关键节点`,
  nameUnit: (p: { office: string; unit: string }) => `${p.office}改革事项关键节点（${p.unit}）`,
  summary: (p: { item: string; title: string; node: string }) => `【${p.item}】${p.title}：${p.node}`,
  description: (p: {
    item: string;
    title: string;
    node: string;
    date: string;
    unit: string;
    issuer: string;
  }) =>
    `事项：${p.item} ${p.title}\n节点：${p.node}（时限 ${p.date}）\n牵头单位：${p.unit}\n交办：${p.issuer}`,
  alarm: (p: { days: number; summary: string }) => `${p.days}天后到期：${p.summary}`,
  alarmToday: (p: { summary: string }) => `今日到期：${p.summary}`,
};
