import {
  AVAILABILITY_LABELS,
  FRAMEWORK_LABELS,
  MEMBERSHIP_ROLE_LABELS,
  ORGANIZATION_KIND_LABELS,
  STEP_LABELS,
  SUPPORTER_KIND_LABELS,
  SUPPORT_TYPE_LABELS,
  VERIFICATION_STATUS_LABELS,
  type BilingualLabel,
  type Locale,
} from '@tsunagu/shared';
import { intlLocaleOf } from '../../i18n/format';

/** Enum-valued keys of audited records and the labels of their values. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, BilingualLabel>>>> = {
  availability: AVAILABILITY_LABELS,
  verificationStatus: VERIFICATION_STATUS_LABELS,
  supportTypes: SUPPORT_TYPE_LABELS,
  frameworks: FRAMEWORK_LABELS,
  steps: STEP_LABELS,
  membershipRole: MEMBERSHIP_ROLE_LABELS,
  organizationKind: ORGANIZATION_KIND_LABELS,
  // A profile's kind and an organization's kind share the key; the tables do not overlap.
  kind: { ...SUPPORTER_KIND_LABELS, ...ORGANIZATION_KIND_LABELS },
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One audited value as a reader wants it: labels for enums, local dates, lists joined. */
export function formatAuditValue(key: string, value: unknown, locale: Locale, none: string): string {
  if (value === null || value === undefined || value === '') return none;
  const labels = VALUE_LABELS[key];
  const one = (item: unknown): string => {
    if (typeof item === 'string') {
      const label = labels?.[item];
      if (label) return label[locale];
      if (ISO_DATE_TIME.test(item)) {
        return new Date(item).toLocaleString(intlLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short' });
      }
      return item;
    }
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    return JSON.stringify(item);
  };
  if (Array.isArray(value)) return value.length ? value.map(one).join(locale === 'ja' ? '、' : ', ') : none;
  return one(value);
}

export interface AuditChange {
  key: string;
  before: unknown;
  after: unknown;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The keys whose values differ between before and after (all keys of a creation or deletion). */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) => ({ key, before: b[key], after: a[key] }));
}
