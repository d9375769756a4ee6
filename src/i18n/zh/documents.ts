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

type Item = { title: string; id: string; node: string; due: string; days: string };

/** The urging chain (催办链条): 预告, 电话提醒, 书面催办, 现场督办, 请示, 通报, 约谈, 整改督办. */
export const documentChain = {
  kindTask: '改革任务',
  kindPilot: '改革试点',
  kindProblem: '整改问题',
  kindsJoin: '和',
  days: (p: { n: number }) => `${p.n}天`,
  workdays: (p: { n: number }) => `${p.n}个工作日`,
  itemTask: (p: Item) =>
    `“${p.title}”（${p.id}）：关键节点“${p.node}”应于${p.due}前完成，至今未完成，已连续塌进度${p.days}。`,
  itemPilot: (p: Item) =>
    `“${p.title}”（${p.id}）：试点节点“${p.node}”应于${p.due}前完成，至今未完成，已连续塌进度${p.days}。`,
  itemProblem: (p: Item & { description: string }) =>
    `“${p.title}”（${p.id}）：${p.description}整改时限为${p.due}，至今未完成整改，已超期${p.days}。`,
  unitItem: (p: { unit: string; item: string }) => `${p.unit}牵头的${p.item}`,
  contactNote: (p: { name: string; phone: string }) => `（联系人：${p.name}，电话：${p.phone}）`,
  allUnits: '各专项小组，市级各部门，各县（区）',
  blankDate: '____年__月__日',
  blankSigner: '　　　',
  // 书面催办通知
  writtenTitle: (p: { kinds: string }) => `关于加快推进${p.kinds}落实的催办通知`,
  writtenOpening: (p: { date: string; you: string; n: number; kinds: string; days: number }) =>
    `按照“谁交办、谁催办”原则和改革督察五级提醒制度，经对照台账核查，截至${p.date}，${p.you}牵头的下列${p.n}项${p.kinds}未按规定时限完成，已连续塌进度${p.days}天以上，达到书面提醒档次：`,
  writtenRequest: (p: { you: string; reply: string; office: string }) =>
    `请${p.you}高度重视，认真分析滞后原因，采取有力措施加快推进，并于${p.reply}前将推进情况、滞后原因及下一步工作措施书面报送${p.office}（附回执）。`,
  writtenNext: (p: { days: number; office: string }) =>
    `连续塌进度超过${p.days}天仍未按期推进的，${p.office}将采取召开会议或上门督办的形式进行现场督办。`,
  closingNotice: '特此通知。',
  receiptTitle: '书面报告回执',
  receiptHead: ['事项编号', '事项名称', '滞后原因', '推进措施', '预计完成时间'],
  receiptSign: '填报单位（盖章）：　　　　　　填报人：　　　　　　联系电话：',
  // 现场督办通知
  onsiteTitle: (p: { kinds: string }) => `关于对${p.kinds}开展现场督办的通知`,
  onsiteOpening: (p: { date: string; you: string; n: number; kinds: string; days: number }) =>
    `经对照台账核查，截至${p.date}，${p.you}牵头的下列${p.n}项${p.kinds}已连续塌进度${p.days}天以上，经电话提醒、书面催办后仍未按期推进，达到现场提醒档次。根据改革督察五级提醒制度，决定开展现场督办。现将有关事项通知如下：`,
  onsiteItems: '督办事项',
  onsiteCandidate: (p: { committee: string }) =>
    `该事项已达到通报提醒档次，将报请${p.committee}研究确认后予以通报。`,
  onsiteWhen: '督办时间和方式',
  onsiteWhenText: (p: { office: string; you: string; blank: string }) =>
    `${p.office}定于${p.blank}到${p.you}开展现场督办，采取听取汇报、查阅资料、实地查看相结合的方式进行。`,
  onsiteAsk: '有关要求',
  onsiteAskText: (p: { you: string; reply: string }) =>
    `请${p.you}分管负责同志和牵头科室负责同志参加，提前准备推进情况、滞后原因、整改措施和完成时限的书面汇报材料，并于${p.reply}前将参加人员回执报送。`,
  onsiteReceiptTitle: '现场督办参加人员回执',
  attendHead: ['姓名', '单位及职务', '联系电话'],
  // 报请确认通报的请示
  requestTitle: (p: { n: number }) => `关于对${p.n}项连续塌进度事项予以通报的请示`,
  requestOpening: (p: { committee: string; days: number; date: string; n: number }) =>
    `按照改革督察五级提醒制度，连续塌进度超过${p.days}天的事项，经${p.committee}确认后予以通报。经对照台账核查，截至${p.date}，下列${p.n}项事项已达到通报提醒档次，经逐级提醒仍未按期推进：`,
  requestItem: (p: { unit: string; text: string; level: string }) =>
    `${p.unit}：${p.text}${p.level ? `（已${p.level}）` : ''}`,
  requestAsk: (p: { scope: string }) => `为严肃改革纪律、传导工作压力，拟对上述事项在${p.scope}予以通报。`,
  requestScope: '全市范围内',
  requestEnd: '妥否，请批示。',
  // 通报
  circularTitle: (p: { n: number }) => `关于${p.n}项改革事项推进滞后情况的通报`,
  circularOpening: (p: { by: string; on: string }) =>
    `按照改革督察五级提醒制度，经${p.by}研究同意（${p.on}），现将连续塌进度改革事项有关情况通报如下：`,
  circularFacts: '基本情况',
  circularItem: (p: { unit: string; text: string; reason: string }) => `${p.unit}：${p.text}${p.reason}`,
  circularAsk: '有关要求',
  circularAskNamed: (p: { reply: string; office: string }) =>
    `被通报单位要深刻反思，主要负责同志要亲自研究、亲自部署，逐项制定整改措施，明确完成时限，于${p.reply}前将整改情况书面报送${p.office}。`,
  circularAskAll:
    '各单位要引以为戒，对照改革任务台账逐项自查，对进度滞后的事项及时采取措施，确保改革任务按期落地见效。',
  // 约谈通知
  interviewTitle: (p: { unit: string }) => `关于约谈${p.unit}主要负责同志的通知`,
  interviewOpening: (p: { by: string; on: string; you: string; item: string; reason: string }) =>
    `经${p.by}研究决定（${p.on}），就${p.you}牵头的${p.item}推进滞后问题（${p.reason}），对${p.you}主要负责同志进行约谈。现将有关事项通知如下：`,
  interviewWhen: '约谈时间',
  interviewWhenText: (p: { blank: string }) => `${p.blank}（星期__）__时__分。`,
  interviewWhere: '约谈地点',
  interviewWhereText: '____________（另行通知）。',
  interviewWho: '参加人员',
  interviewWhoText: (p: { you: string; office: string }) =>
    `${p.you}主要负责同志、分管负责同志及牵头科室负责同志；${p.office}有关负责同志。`,
  interviewAsk: '有关要求',
  interviewAskText: (p: { you: string; reply: string; office: string }) =>
    `请${p.you}对照约谈事项认真自查，深入剖析推进滞后的原因，形成书面检查（含整改措施和完成时限），经主要负责同志签字后于${p.reply}前报送${p.office}，约谈时作汇报；同时填报参加约谈人员回执。`,
  interviewReceiptTitle: '参加约谈人员回执',
  // 整改督办通知
  rectifyTitle: '关于加快推进问题整改的督办通知',
  rectifyOpening: (p: { date: string; you: string; n: number; refs: string }) =>
    `按照挂账整改、对账销号的要求，经对照改革问题清单核查，截至${p.date}，${p.you}负责整改的下列${p.n}个问题${p.refs}已超过整改时限，至今未完成整改：`,
  rectifyRefs: (p: { refs: string }) => `（整改通知${p.refs}）`,
  rectifyRequest: (p: { you: string; reply: string; office: string }) =>
    `请${p.you}切实履行整改主体责任，逐项分析未按期完成的原因，制定整改措施、明确完成时限，于${p.reply}前将整改进展书面报送${p.office}（附回执）；整改完成后及时报送佐证材料，经复查核实后予以销账。`,
  rectifyNext: (p: { office: string }) => `对整改不力、逾期仍未完成的问题，${p.office}将提级督办。`,
  rectifyReceiptTitle: '问题整改情况回执',
  rectifyReceiptHead: ['问题编号', '问题', '未按期完成原因', '整改措施', '预计完成时间'],
  // 电话提醒
  phoneTitle: (p: { date: string }) => `电话提醒记录单（${p.date}）`,
  phoneLead: (p: { issuer: string; n: number }) =>
    `以下${p.n}个单位牵头的事项已连续塌进度，达到电话提醒档次。请按通话要点逐一电话提醒，并发送提醒短信（仅发手机）；电话提醒情况记录备案。`,
  phoneUnit: (p: { unit: string; who: string }) => `${p.unit}（${p.who}）`,
  phoneWho: (p: { name: string; phone: string }) => `联络人：${p.name}，电话：${p.phone}`,
  phoneNoContact: '未登记联络人',
  phoneScript: (p: { office: string; items: string; reply: string }) =>
    `通话要点：您好，这里是${p.office}。经对照台账核查，${p.items}请抓紧推进，并于${p.reply}前报送进展情况。本次电话提醒将记录备案。`,
  smsTo: (p: { mobile: string }) => `短信（发送至手机${p.mobile}）：`,
  smsNeedsCall: '需电话联系（未登记手机号码，无法发送短信）。',
  smsPhone: (p: { office: string; name: string; items: string; reply: string; contact: string }) =>
    `【${p.office}】${p.name}同志：您好！${p.items}请抓紧推进，并于${p.reply}前报送进展情况。${p.contact}`,
  smsContact: (p: { name: string; phone: string }) => `联系人：${p.name}，${p.phone}。`,
  smsItem: (p: { title: string; id: string; node: string; due: string; days: string }) =>
    `“${p.title}”（${p.id}）“${p.node}”节点时限为${p.due}，已连续塌进度${p.days}。`,
  smsYours: (p: { you: string; items: string }) => `${p.you}牵头（负责）的${p.items}`,
  smsProblem: (p: { title: string; id: string; due: string; days: string }) =>
    `整改问题“${p.title}”（${p.id}）整改时限为${p.due}，已超期${p.days}。`,
  // 预告提醒
  prewarnTitle: (p: { date: string }) => `预告提醒短信（${p.date}）`,
  prewarnLead: (p: { n: number; days: number }) =>
    `以下${p.n}个单位牵头的事项有关键节点将在${p.days}天内到期，按提前预告提醒要求发送短信（仅发手机）。`,
  prewarnItem: (p: { title: string; id: string; node: string; due: string; left: number }) =>
    `“${p.title}”（${p.id}）“${p.node}”节点时限为${p.due}（还有${p.left}天）`,
  smsPrewarn: (p: { office: string; name: string; you: string; items: string; contact: string }) =>
    `【${p.office}】${p.name}同志：您好！${p.you}牵头的${p.items}，请提前谋划、确保按期完成，完成后及时报送完成情况和佐证材料。${p.contact}`,
  itemsJoin: '；',
  levelNames: {
    phone: '电话提醒',
    written: '书面提醒',
    onsite: '现场提醒',
    circular: '通报提醒',
    interview: '约谈提醒',
  } as Record<string, string>,
  fileKinds: {
    prewarn: '预告提醒短信',
    phone: '电话提醒',
    written: '书面催办通知',
    onsite: '现场督办通知',
    request: '报请确认通报的请示',
    circular: '通报',
    interview: '约谈通知',
    rectify: '整改督办通知',
  } as Record<string, string>,
};

export const notices = {
  badDate: (p: { value: string }) => `日期 ${p.value} 无效：格式为 YYYY-MM-DD`,
  badKind: (p: { value: string; kinds: string }) => `公文类别 ${p.value} 无效：应为 ${p.kinds}`,
  badFormat: (p: { value: string }) => `格式 ${p.value} 无效：应为 docx、md 或 txt`,
  noOutput: '请用 -o DIR 指定公文输出目录',
  notDir: (p: { dir: string }) => `${p.dir} 不是目录：-o 应指定一个目录`,
  unknownUnit: (p: { value: string }) => `未找到单位 ${p.value}：请使用 units.yaml 中的全称或简称`,
  recordFuture: (p: { date: string; today: string }) =>
    `不能记录未来日期 ${p.date} 的公文（今天是 ${p.today}）`,
  badCalendar: (p: { reason: string }) => `节假日设置有误：${p.reason}`,
  written: (p: { n: number; dir: string }) => `已生成 ${p.n} 份公文，保存在 ${p.dir}`,
  none: (p: { date: string }) => `${p.date} 没有需要印发的公文`,
  recorded: (p: { n: number; file: string }) => `已在 ${p.file} 记录 ${p.n} 条催办记录`,
  recordedNone: '没有需要新记录的催办记录（今日已记录）',
  docxNeedsOutput: 'docx 格式需要用 -o 指定文件，例如 -o 报告.docx',
  recordFailed: (p: { file: string; reason: string }) => `未能写入 ${p.file}：${p.reason}`,
};
