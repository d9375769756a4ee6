import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import { escapeMarkdown, renderReportMarkdown } from '../../../src/render/report/markdown.js';
import { fixtureLedger, reportOf } from '../../report/fixture.js';

afterEach(() => setLang('zh'));

describe('markdown report', () => {
  it('is an official report: title, numbered sections 一 to 十一, tables with numbers', () => {
    const md = renderReportMarkdown(reportOf(fixtureLedger(), '2026Q3'));
    expect(md.startsWith('# 市委改革办关于2026年第三季度改革任务落实情况的督察报告\n')).toBe(true);
    expect(md).toContain('（数据截至2026年9月30日）');
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      '一、总体情况',
      '二、分单位推进情况',
      '三、严重滞后事项',
      '四、建议约谈事项',
      '五、催办情况',
      '六、问题整改情况',
      '七、改革试点推进情况',
      '八、下季度到期节点',
      '九、与上季度对比',
      '十、存在的问题',
      '十一、下一步工作建议',
      '附件',
    ]);
    expect(md).toContain('### （一）分牵头单位情况');
    const captions = [...md.matchAll(/^\*\*表(\d+)　/gm)].map((m) => Number(m[1]));
    expect(captions).toEqual(captions.map((_, i) => i + 1));
  });

  it('states the figures in its prose', () => {
    const md = renderReportMarkdown(reportOf(fixtureLedger(), '2026Q3'));
    expect(md).toContain(
      '改革任务台账在账任务12项。其中，已完成4项（按期完成2项、逾期完成1项、已对账销号1项），正常推进2项，滞后4项，暂缓实施1项，撤销1项。',
    );
    expect(md).toContain('按期完成率为**54.5%**');
    expect(md).toContain(
      '与上季度末相比，滞后任务增加2项，严重滞后事项增加3项，节点按期完成率由16.7%提高至54.5%。',
    );
    expect(md).toContain(
      '| 1 | RW-2026-004 | 推进中小学教师“县管校聘”管理改革 | 市教育局 | 文件出台 | 6月30日 | 92天 | 电话7月16日；书面8月1日；现场8月16日；通报9月1日 | 已决定约谈 |',
    );
    expect(md).toContain('| 节点按期完成率 | 16.7% | 54.5% | 上升37.9个百分点 |');
    expect(md).toContain('**（三）催办跟进不够及时。**3项事项已达到相应提醒档次');
  });

  it('is a 公文: 主送, then 附件说明, 落款 with the full name and 成文日期 before the attachment', () => {
    const ledger = fixtureLedger();
    ledger.policy.office_full = '中共云岭市委全面深化改革委员会办公室';
    const md = renderReportMarkdown(reportOf(ledger, '2026Q3'));
    const at = (s: string) => md.indexOf(s);
    expect(md).toContain('\n\n市委全面深化改革委员会：\n\n按照“每季一分析”');
    expect(at('附件：本季度和下季度到期关键节点明细')).toBeGreaterThan(at('## 十一、下一步工作建议'));
    expect(at('附件：')).toBeLessThan(at('中共云岭市委全面深化改革委员会办公室'));
    expect(md).toContain('中共云岭市委全面深化改革委员会办公室  \n2026年9月30日');
    expect(at('2026年9月30日\n')).toBeLessThan(at('## 附件'));
    // the committee of policy.yaml decides circulars, not a hard-coded leading group
    expect(md).toContain('报请市委全面深化改革委员会确认');
    expect(md).not.toContain('领导小组');
  });

  it('writes rates with one decimal and changes of rates in words', () => {
    const md = renderReportMarkdown(reportOf(fixtureLedger(), '2026Q3'));
    expect(md).toContain('| 改革试点 | 2 | 2 | 0 | 0 | 100.0% |');
    expect(md).toContain('| 0.0% |');
    expect(md).not.toMatch(/(^|[^.\d])\d+%/m); // 50% would be 50.0%
    expect(md).not.toMatch(/−[\d.]+个百分点/);
  });

  it('quotes each seriously delayed item’s latest progress note in 存在的问题', () => {
    const ledger = fixtureLedger();
    const md = renderReportMarkdown(reportOf(ledger, '2026Q3'));
    const issues = md.slice(md.indexOf('## 十、存在的问题'), md.indexOf('## 十一、'));
    const serious = reportOf(ledger, '2026Q3').serious;
    expect(serious.length).toBeGreaterThan(1);
    for (const s of serious) {
      expect(issues).toContain(`（${s.item}），已连续塌进度${s.daysBehind}天`);
      if (s.progress)
        expect(issues).toContain(
          `报送进展称：“${s.progress.note.replace(/[。]$/, '').replace(/“/g, '‘').replace(/”/g, '’')}”。`,
        );
      else expect(issues).toContain(`（${s.item}），已连续塌进度${s.daysBehind}天，至今未报送进展情况。`);
    }
  });

  it('says it directly when there is only one: no 部分 … 1项', () => {
    const r = reportOf(fixtureLedger(), '2026Q3');
    const md = renderReportMarkdown(r);
    expect(md).not.toMatch(/部分[^。]{0,20}。(已决定约谈的)?1项/);
    expect(r.interviews.pending.length).toBe(1);
    expect(md).toMatch(/约谈决定落实不及时。\*\*已决定的约谈尚未实施，已历时\d+天。/);
    expect(md).not.toContain('最长已历时');
  });

  it('the --unit version is a 督察反馈意见 to that unit, asking it to rectify and reply', () => {
    const ledger = fixtureLedger();
    const md = renderReportMarkdown(reportOf(ledger, '2026Q3', { scope: { unit: '东山县' } }));
    expect(md.startsWith('# 市委改革办关于东山县2026年第三季度改革任务落实情况的督察反馈意见\n')).toBe(true);
    expect(md).toContain('\n\n东山县委改革办：\n\n');
    expect(md).toContain('你县牵头的改革任务、改革试点和问题整改落实情况进行了督察。现将督察情况反馈如下。');
    expect(md).not.toContain('现将有关情况报告如下');
    expect(md).not.toContain('从各单位报送的进展看');
    expect(md).toMatch(/请你县对照本反馈意见，认真研究制定整改措施[^\n]*书面报送市委改革办。\n\n附件：/);
    // its last section asks the unit, in its own name, what to do; it proposes nothing to the committee
    const last = md.slice(md.indexOf('## 十一、'), md.indexOf('请你县对照本反馈意见'));
    expect(last.startsWith('## 十一、整改要求\n')).toBe(true);
    expect(last).toContain('你县');
    expect(last).not.toMatch(/下一步工作建议|报请约谈主要负责人|督促各牵头单位/);
  });

  it('the office-wide report ends with its proposals to the committee', () => {
    const md = renderReportMarkdown(reportOf(fixtureLedger(), '2026Q3'));
    expect(md).toContain('## 十一、下一步工作建议\n');
    expect(md).not.toContain('整改要求');
  });

  it('escapes ledger text so that it cannot become markup', () => {
    const ledger = fixtureLedger();
    ledger.tasks[2]!.title = '<script>alert(1)</script> *粗体* [链接](http://x) a|b';
    const md = renderReportMarkdown(reportOf(ledger, '2026Q3'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*粗体\\* \\[链接\\](http://x) a\\|b');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });

  it('says so plainly when there is nothing to report', () => {
    const ledger = fixtureLedger();
    const md = renderReportMarkdown(reportOf(ledger, '2025Q3'));
    expect(md).toContain('截至2025年9月30日，没有连续塌进度61天及以上的事项。');
    expect(md).toContain('本季度（截至9月30日）台账中没有催办记录。');
  });

  it('speaks English with --lang en', () => {
    setLang('en');
    const md = renderReportMarkdown(reportOf(fixtureLedger(), '2026Q3'));
    expect(md).toContain('# 市委改革办: supervision report on reform implementation, 2026 Q3');
    expect(md).toContain('## 1. Overview');
    expect(md).toContain('## 11. Proposals');
    expect(md).toContain('As of 30 September 2026 the task ledger holds 12 tasks');
    for (const zh of ['总体情况', '严重滞后事项', '存在的问题', '截至', '按期完成率'])
      expect(md).not.toContain(zh);
    expect(md).toContain('(市发展改革委). As of the end of the period');
  });
});
