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
    expect(md).toContain('| 节点按期完成率 | 16.7% | 54.5% | +37.9个百分点 |');
    expect(md).toContain('**（三）催办跟进不够及时。**3项事项已达到相应提醒档次');
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
