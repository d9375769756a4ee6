// Who signs a document and whom it addresses: the office's identity from policy.yaml and each
// unit's addressing from units.yaml, with the defaults the schema promises. Pure: no I/O.
import type { Policy, Unit } from '../schema/index.js';

export interface DocContact {
  name: string;
  phone: string;
}

/** The office as a document names it. */
export interface OfficeIdentity {
  /** Short name (市委改革办), used inside sentences. */
  short: string;
  /** Full name for the 落款 (中共云岭市委全面深化改革委员会办公室). */
  full: string;
  /** The body that decides circulars and interviews. */
  committee: string;
  /** The 文号 prefix before 〔年份〕. */
  docPrefix: string;
  /** The default 抄送 list. */
  cc: string[];
  /** The contact printed on documents. */
  contact?: DocContact;
}

export const DEFAULT_COMMITTEE = '市委全面深化改革委员会';

/** The office's identity: policy first, then the office unit's contact in units.yaml. */
export function officeIdentity(policy: Policy, units: readonly Unit[] = []): OfficeIdentity {
  const office = units.find(
    (u) => u.kind === 'office' && (u.name === policy.office || u.aliases?.includes(policy.office)),
  );
  const fallback = office ?? units.find((u) => u.kind === 'office');
  const contact =
    policy.contact ??
    (fallback?.contact ? { name: fallback.contact.name, phone: fallback.contact.phone } : undefined);
  const id: OfficeIdentity = {
    short: policy.office,
    full: policy.office_full ?? policy.office,
    committee: policy.committee ?? DEFAULT_COMMITTEE,
    docPrefix: policy.doc_prefix ?? policy.office,
    cc: [...(policy.cc ?? [])],
  };
  if (contact) id.contact = contact;
  return id;
}

/** A unit as a document addresses it. */
export interface Addressing {
  /** The 主送机关 (a county's reform office: 南山县委改革办). */
  addressee: string;
  /** How the text calls it: 你单位, 你县, 你区. */
  addressAs: string;
}

/** The default way of calling a unit: counties by the last character of their name. */
export function defaultAddressAs(unit: Pick<Unit, 'name' | 'kind'>): string {
  if (unit.kind === 'county') {
    const last = unit.name.slice(-1);
    if (last === '县' || last === '区' || last === '市' || last === '旗') return `你${last}`;
  }
  return '你单位';
}

/** The default 主送: a county's own reform office (南山县 → 南山县委改革办); others their name. */
export function defaultAddressee(unit: Pick<Unit, 'name' | 'kind'>): string {
  if (unit.kind === 'county' && /[县区市旗]$/.test(unit.name)) return `${unit.name}委改革办`;
  return unit.name;
}

export function addressing(
  unit: Pick<Unit, 'name' | 'kind' | 'addressee' | 'address_as'> | undefined,
  name: string,
): Addressing {
  if (!unit) return { addressee: name, addressAs: '你单位' };
  return {
    addressee: unit.addressee ?? defaultAddressee(unit),
    addressAs: unit.address_as ?? defaultAddressAs(unit),
  };
}

/** A special group signs as its office (经济体制…专项小组办公室). */
export function groupOffice(groupName: string): string {
  return groupName.endsWith('办公室') ? groupName : `${groupName}办公室`;
}

const MOBILE = /^(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}$/;

/** Whether a number can receive an SMS (a mainland mobile number). */
export function isMobile(phone: string | undefined): boolean {
  return !!phone && MOBILE.test(phone.trim());
}

/** The number an SMS goes to: contact.mobile, else a phone that is itself a mobile number. */
export function smsNumber(contact: Unit['contact'] | undefined): string | undefined {
  if (!contact) return undefined;
  if (contact.mobile) return contact.mobile;
  return isMobile(contact.phone) ? contact.phone : undefined;
}
