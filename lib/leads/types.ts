import type { Thresholds } from '../icp/schema';
import type { Grade } from '../scoring/engagement';
import type { MatrixCell } from '../scoring/matrix';
import type { Stage } from '../scoring/stage';
import type { Tier } from '../scoring/types';
import type { IndustryGroup } from '../signals/enums';
import type { NumberRange } from '../signals/schema';
import type { ImportError } from './csv-import';

export type LeadKind = 'account' | 'contact';

/**
 * One line of the leads list: an account or a person, flattened once in the background so the page filters, sorts
 * and exports without touching signals again. Everything here came from a page or a file: display it as text only.
 */
export interface LeadRow {
  /** Unique across both kinds: `account:<id>` or `contact:<id>`. */
  key: string;
  id: string;
  kind: LeadKind;
  /** What the list shows as the name: the known name, else the domain or profile. */
  name: string;
  domain?: string;
  /** A person's profile address (else the page that lists them), or an account's first profile alias. */
  profile?: string;
  /** Undefined when the lead was never scored. */
  fit?: number;
  tier: Tier;
  grade: Grade;
  /** Undefined for tier X (outside the matrix). */
  cell?: MatrixCell;
  stage: Stage;
  /** 'user' when the user chose the stage, 'suggested' when it is ICP Lens's suggestion. */
  stageSource: 'user' | 'suggested';
  tags: string[];
  lastSeen: number;
  /** The ICP the stored fit was computed with. */
  icpId?: string;
  /** The industry as the page stated it. */
  industry?: string;
  industryGroup?: IndustryGroup;
  /** The employee count or range as the page stated it. */
  employees?: NumberRange;
  city?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** A person's job title. */
  title?: string;
  /** A person's employer: the linked account's name, else the employer the profile states. */
  company?: string;
  /** A person's buying role in words ("decision maker"): the user's choice, else the suggestion (lib/people). */
  buyingRole?: string;
  /** Lower-case name, domain, profile and tags: what the search box matches, built once. */
  text: string;
  /** The user hid it: listed only when the page shows hidden leads. */
  hidden?: true;
}

/** A site marked "not a company": kept out of the list; the mark can be lifted. */
export interface ExcludedSite {
  /** The account key (registrable domain, or `profile:`/`name:` key); sent back to lift the mark, never shown. */
  key: string;
  name: string;
  at: number;
}

/** `ui-bg/list-leads`: every lead with what the page needs to label filters and pictures. */
export interface LeadList {
  rows: LeadRow[];
  icps: { id: string; name: string }[];
  activeIcpId: string;
  thresholds: Thresholds;
  /** Sites marked "not a company", the latest first. */
  excluded: ExcludedSite[];
  builtAt: number;
}

/** `ui-bg/import-accounts-csv`: what was stored, or every error and nothing stored. */
export type ImportReply =
  | { ok: true; rows: number; created: number; merged: number; outcomes: number }
  | { ok: false; errors: ImportError[]; errorCount: number };
