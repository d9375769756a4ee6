import { describe, expect, it } from 'vitest';
import { addressing, groupOffice, officeIdentity, smsNumber } from '../../src/documents/identity.js';
import { policyFile } from '../../src/schema/policy.js';

describe('office identity and unit addressing', () => {
  it('defaults from a bare policy and the office unit', () => {
    const policy = policyFile.parse({});
    const id = officeIdentity(policy, [
      { name: '市委改革办', kind: 'office', contact: { name: '周敏', phone: '0871-63100218' } },
    ]);
    expect(id).toEqual({
      short: '市委改革办',
      full: '市委改革办',
      committee: '市委全面深化改革委员会',
      docPrefix: '市委改革办',
      cc: [],
      contact: { name: '周敏', phone: '0871-63100218' },
    });
  });
  it('takes the policy keys as written', () => {
    const policy = policyFile.parse({
      office_full: '中共云岭市委全面深化改革委员会办公室',
      committee: '市委深改委',
      doc_prefix: '云改办督',
      cc: ['市委督查室'],
      contact: { name: '王五', phone: '0871-1234567' },
    });
    const id = officeIdentity(policy, []);
    expect(id.full).toBe('中共云岭市委全面深化改革委员会办公室');
    expect(id.committee).toBe('市委深改委');
    expect(id.docPrefix).toBe('云改办督');
    expect(id.cc).toEqual(['市委督查室']);
    expect(id.contact).toEqual({ name: '王五', phone: '0871-1234567' });
  });
  it('addresses a county through its reform office as 你县', () => {
    expect(addressing({ name: '南山县', kind: 'county' }, '南山县')).toEqual({
      addressee: '南山县委改革办',
      addressAs: '你县',
    });
    expect(addressing({ name: '北湖区', kind: 'county', addressee: '北湖区委深改办' }, '北湖区')).toEqual({
      addressee: '北湖区委深改办',
      addressAs: '你区',
    });
    expect(addressing({ name: '市财政局', kind: 'department' }, '市财政局')).toEqual({
      addressee: '市财政局',
      addressAs: '你单位',
    });
    expect(groupOffice('文化体制改革专项小组')).toBe('文化体制改革专项小组办公室');
  });
  it('sends SMS to mobiles only', () => {
    expect(smsNumber({ name: 'a', phone: '0871-63131274' })).toBeUndefined();
    expect(smsNumber({ name: 'a', phone: '13887140562' })).toBe('13887140562');
    expect(smsNumber({ name: 'a', phone: '0871-63131274', mobile: '13908710001' })).toBe('13908710001');
  });
});
