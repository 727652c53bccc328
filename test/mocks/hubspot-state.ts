/**
 * The records of a fake HubSpot portal, behaving as HubSpot does where ICP Lens depends on it: property values are
 * text, a batch with one invalid value is refused whole (400), numbers and dropdowns are checked, lifecycle stages
 * only move forward, unknown properties are refused.
 */
type ObjectType = 'companies' | 'contacts';

export interface PropertyDef {
  name: string;
  label: string;
  type: string;
  fieldType: string;
  groupName: string;
  description: string;
  options: { label: string; value: string; displayOrder: number; hidden: boolean }[];
}

export interface StoredObject {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

// HubSpot's default stages, written out here on purpose rather than imported from the client (lib/crm/hubspot/diff.ts):
// the fake portal must not agree with the client by construction.
const LIFECYCLE = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
];
const INDUSTRIES = [
  'ACCOUNTING',
  'COMPUTER_SOFTWARE',
  'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'FINANCIAL_SERVICES',
  'MARKETING_AND_ADVERTISING',
  'RETAIL',
];

const option = (value: string, displayOrder: number) => ({ label: value, value, displayOrder, hidden: false });
const def = (name: string, type: string, groupName: string, options: string[] = []): PropertyDef => ({
  name,
  label: name,
  type,
  fieldType: type === 'number' ? 'number' : type === 'enumeration' ? 'select' : 'text',
  groupName,
  description: '',
  options: options.map(option),
});

function standardProperties(): Record<ObjectType, Map<string, PropertyDef>> {
  const company = 'companyinformation';
  const contact = 'contactinformation';
  const companies = [
    def('name', 'string', company),
    def('domain', 'string', company),
    def('website', 'string', company),
    def('industry', 'enumeration', company, INDUSTRIES),
    def('numberofemployees', 'number', company),
    def('city', 'string', company),
    def('state', 'string', company),
    def('country', 'string', company),
    def('founded_year', 'string', company),
    def('linkedin_company_page', 'string', company),
    def('description', 'string', company),
    def('lifecyclestage', 'enumeration', company, LIFECYCLE),
  ];
  const contacts = [
    def('firstname', 'string', contact),
    def('lastname', 'string', contact),
    def('email', 'string', contact),
    def('jobtitle', 'string', contact),
    def('company', 'string', contact),
    def('lifecyclestage', 'enumeration', contact, LIFECYCLE),
  ];
  return {
    companies: new Map(companies.map((p) => [p.name, p])),
    contacts: new Map(contacts.map((p) => [p.name, p])),
  };
}

export class PortalState {
  properties = standardProperties();
  groups: Record<ObjectType, Map<string, { name: string; label: string; displayOrder: number; archived: boolean }>> = {
    companies: new Map([
      [
        'companyinformation',
        { name: 'companyinformation', label: 'Company information', displayOrder: 0, archived: false },
      ],
    ]),
    contacts: new Map([
      [
        'contactinformation',
        { name: 'contactinformation', label: 'Contact information', displayOrder: 0, archived: false },
      ],
    ]),
  };
  objects: Record<ObjectType, Map<string, StoredObject>> = { companies: new Map(), contacts: new Map() };
  /** `contactId:companyId` */
  associations = new Set<string>();
  /** Values a test wants refused, as HubSpot would refuse a value it finds invalid. */
  refusals: { property: string; value: string; message: string }[] = [];
  private nextId = 1000;

  /** HubSpot's complaint about one record's values, or undefined when they are all acceptable. */
  invalid(type: ObjectType, properties: Record<string, string>, current?: Record<string, string>): string | undefined {
    for (const [name, value] of Object.entries(properties)) {
      const property = this.properties[type].get(name);
      if (!property) return `Property "${name}" does not exist`;
      const refused = this.refusals.find((r) => r.property === name && r.value === value);
      if (refused) return refused.message;
      if (property.type === 'number' && value !== '' && !Number.isFinite(Number(value)))
        return `${value} is not a valid number for ${name}`;
      if (property.type === 'enumeration' && value !== '' && !property.options.some((o) => o.value === value))
        return `${value} was not one of the allowed options for ${name}`;
      if (name === 'lifecyclestage' && current?.lifecyclestage) {
        if (LIFECYCLE.indexOf(value) < LIFECYCLE.indexOf(current.lifecyclestage))
          return `The lifecycle stage cannot move backwards from ${current.lifecyclestage} to ${value}`;
      }
    }
    return undefined;
  }

  create(type: ObjectType, properties: Record<string, string>, at: string): StoredObject {
    const id = String(this.nextId++);
    const record = { id, properties: { ...properties, hs_object_id: id }, createdAt: at, updatedAt: at };
    this.objects[type].set(id, record);
    return record;
  }

  update(type: ObjectType, id: string, properties: Record<string, string>, at: string): StoredObject | undefined {
    const record = this.objects[type].get(id);
    if (!record) return undefined;
    Object.assign(record.properties, properties);
    record.updatedAt = at;
    return record;
  }

  /** A person edits a value in HubSpot's own screens. */
  setByHand(type: ObjectType, id: string, property: string, value: string): void {
    const record = this.objects[type].get(id);
    if (record) record.properties[property] = value;
  }

  find(type: ObjectType, predicate: (p: Record<string, string>) => boolean): StoredObject[] {
    return [...this.objects[type].values()].filter((r) => predicate(r.properties));
  }
}
