import type { z } from 'zod';
import type { describeField } from '../contracts/salesforce/describe';

/**
 * The records and fields of a fake Salesforce org, behaving as Salesforce does where ICP Lens depends on it: required
 * fields, text lengths, picklists of default values, numbers as numbers, unknown fields refused, per-record errors.
 * Field lists are written out here on purpose rather than imported from the client: the fake org must not agree with
 * the client by construction.
 */
type SObject = 'Account' | 'Contact';
type Field = z.infer<typeof describeField>;
export type Value = string | number | boolean | null;

export interface StoredRecord {
  id: string;
  type: SObject;
  values: Record<string, Value>;
}

const INDUSTRIES = ['Agriculture', 'Banking', 'Consulting', 'Education', 'Finance', 'Healthcare', 'Media', 'Retail'];
const INDUSTRY_MORE = ['Technology', 'Telecommunications', 'Transportation', 'Manufacturing', 'Other'];
const TYPES = ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Other'];

function field(name: string, type: Field['type'], label: string, more: Partial<Field> = {}): Field {
  const custom = name.endsWith('__c');
  return {
    name,
    label,
    type,
    length: type === 'string' || type === 'url' || type === 'email' || type === 'textarea' ? 255 : 0,
    createable: !['id', 'datetime'].includes(type),
    updateable: !['id', 'datetime'].includes(type),
    nillable: true,
    custom,
    externalId: false,
    unique: false,
    filterable: type !== 'textarea',
    picklistValues: [],
    ...more,
  };
}
const picklist = (values: string[]) =>
  values.map((value) => ({ active: true, defaultValue: false, label: value, validFor: null, value }));

const SCORE = (): Field[] => [
  field('ICP_Lens_Fit__c', 'double', 'ICP Lens Fit'),
  field('ICP_Lens_Tier__c', 'string', 'ICP Lens Tier', { length: 20 }),
  field('ICP_Lens_Best_Case__c', 'double', 'ICP Lens Best Case'),
  field('ICP_Lens_Confidence__c', 'double', 'ICP Lens Confidence'),
  field('ICP_Lens_ICP_Name__c', 'string', 'ICP Lens ICP Name'),
  field('ICP_Lens_ICP_Version__c', 'double', 'ICP Lens ICP Version'),
  field('ICP_Lens_Matrix_Cell__c', 'string', 'ICP Lens Matrix Cell', { length: 10 }),
  field('ICP_Lens_Suggested_Stage__c', 'string', 'ICP Lens Suggested Stage', { length: 40 }),
  field('ICP_Lens_Chosen_Stage__c', 'string', 'ICP Lens Chosen Stage', { length: 40 }),
  field('ICP_Lens_Explanation__c', 'textarea', 'ICP Lens Explanation', { length: 1000 }),
];

function standard(): Record<SObject, Field[]> {
  return {
    Account: [
      field('Id', 'id', 'Account ID', { length: 18, nillable: false }),
      field('Name', 'string', 'Account Name', { nillable: false }),
      field('Website', 'url', 'Website'),
      field('Industry', 'picklist', 'Industry', {
        length: 255,
        picklistValues: picklist([...INDUSTRIES, ...INDUSTRY_MORE]),
      }),
      field('NumberOfEmployees', 'int', 'Employees'),
      field('BillingCity', 'string', 'Billing City', { length: 40 }),
      field('BillingState', 'string', 'Billing State/Province', { length: 80 }),
      field('BillingCountry', 'string', 'Billing Country', { length: 80 }),
      field('YearStarted', 'string', 'Year Started', { length: 4 }),
      field('Type', 'picklist', 'Account Type', { length: 255, picklistValues: picklist(TYPES) }),
      field('CreatedDate', 'datetime', 'Created Date'),
    ],
    Contact: [
      field('Id', 'id', 'Contact ID', { length: 18, nillable: false }),
      field('FirstName', 'string', 'First Name', { length: 40 }),
      field('LastName', 'string', 'Last Name', { length: 80, nillable: false }),
      field('Email', 'email', 'Email', { length: 80 }),
      field('Title', 'string', 'Title', { length: 128 }),
      field('AccountId', 'reference', 'Account ID', { length: 18 }),
      field('CreatedDate', 'datetime', 'Created Date'),
    ],
  };
}

/** Which of ICP Lens's custom fields the admin created: all by default. */
export function customFields(): Record<SObject, Field[]> {
  return {
    Account: [
      ...SCORE(),
      field('ICP_Lens_Domain__c', 'string', 'ICP Lens Domain', { externalId: true, unique: true }),
      field('ICP_Lens_Industry__c', 'string', 'ICP Lens Industry'),
    ],
    Contact: [...SCORE(), field('ICP_Lens_Profile__c', 'string', 'ICP Lens Profile', { externalId: true })],
  };
}

const PREFIX: Record<SObject, string> = { Account: '001', Contact: '003' };
const REQUIRED: Record<SObject, string> = { Account: 'Name', Contact: 'LastName' };
const NUMERIC = new Set(['int', 'double', 'percent', 'currency']);

export interface RecordError {
  statusCode: string;
  message: string;
  fields: string[];
}

export class SalesforceOrg {
  fields: Record<SObject, Field[]>;
  records = new Map<string, StoredRecord>();
  /** Validation rules of the org: a record whose field has this value is refused with this message. */
  rules: { field: string; value: string; message: string }[] = [];
  private seq = 0;

  constructor(withCustom: (name: string) => boolean = () => true) {
    const std = standard();
    const custom = customFields();
    this.fields = {
      Account: [...std.Account, ...custom.Account.filter((f) => withCustom(f.name))],
      Contact: [...std.Contact, ...custom.Contact.filter((f) => withCustom(f.name))],
    };
  }

  field(type: SObject, name: string): Field | undefined {
    return this.fields[type].find((f) => f.name.toLowerCase() === name.toLowerCase());
  }

  private nextId(type: SObject) {
    this.seq++;
    return `${PREFIX[type]}${'0'.repeat(15 - String(this.seq).length)}${this.seq}`.padEnd(18, 'A');
  }

  /** Why Salesforce would refuse these values, or undefined. */
  invalid(type: SObject, values: Record<string, Value>, current?: Record<string, Value>): RecordError | undefined {
    for (const [name, value] of Object.entries(values)) {
      const f = this.field(type, name);
      if (!f)
        return {
          statusCode: 'INVALID_FIELD',
          message: `No such column '${name}' on sobject of type ${type}`,
          fields: [name],
        };
      if (!f.createable)
        return {
          statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
          message: `Unable to create/update fields: ${name}`,
          fields: [name],
        };
      if (value === null) continue;
      if (NUMERIC.has(f.type) && typeof value !== 'number')
        return {
          statusCode: 'JSON_PARSER_ERROR',
          message: `Cannot deserialize instance of ${f.type} from VALUE_STRING value ${value}`,
          fields: [name],
        };
      if (f.length && typeof value === 'string' && value.length > f.length)
        return {
          statusCode: 'STRING_TOO_LONG',
          message: `${f.label}: data value too large: ${value.slice(0, 20)}… (max length=${f.length})`,
          fields: [name],
        };
      if (f.type === 'picklist' && !f.picklistValues.some((p) => p.active && p.value === value))
        return {
          statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
          message: `${f.label}: bad value for restricted picklist field: ${value}`,
          fields: [name],
        };
      if (f.type === 'reference' && (typeof value !== 'string' || !this.records.has(value)))
        return { statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id', fields: [name] };
    }
    const merged = { ...current, ...values };
    const required = REQUIRED[type];
    if (merged[required] === undefined || merged[required] === null || merged[required] === '')
      return {
        statusCode: 'REQUIRED_FIELD_MISSING',
        message: `Required fields are missing: [${required}]`,
        fields: [required],
      };
    for (const rule of this.rules) {
      if (merged[rule.field] === rule.value)
        return { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: rule.message, fields: [rule.field] };
    }
    return undefined;
  }

  create(type: SObject, values: Record<string, Value>, createdAt = new Date().toISOString()): StoredRecord {
    const id = this.nextId(type);
    const record = { id, type, values: { ...values, Id: id, CreatedDate: createdAt } };
    this.records.set(id, record);
    return record;
  }

  update(id: string, values: Record<string, Value>): StoredRecord | undefined {
    const record = this.records.get(id);
    if (record) Object.assign(record.values, values);
    return record;
  }

  all(type: SObject): StoredRecord[] {
    return [...this.records.values()].filter((r) => r.type === type);
  }

  /** A person (not ICP Lens) edits a value in Salesforce. */
  setByHand(id: string, name: string, value: Value) {
    const record = this.records.get(id);
    if (record) record.values[name] = value;
  }
}
