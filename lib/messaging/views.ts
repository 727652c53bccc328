import type { AccountRecord, ContactRecord } from '../db/db';
import type { IcpPreview } from '../db/preview';
import type { ReviewReply } from '../db/review';
import type { IoError } from '../icp/io';
import type { Icp } from '../icp/schema';
import type { EvidenceWords } from '../panel/evidence';
import type { BuyingRole } from '../people/buying-role';
import type { RankedQuestion } from '../questions/rank';
import type { ScoreResult } from '../scoring/types';
import type { Framework } from '../settings/settings';
import type { Trigger } from '../triggers/rank';
import type { ActivityTypeView } from '../workflow/activity-types';
import type { LeadWork } from '../workflow/lead-view';

/** What the side panel shows for one tab; the background computes it from the tab state and the database. */
export type TabView =
  | { status: 'pending'; tabId: number }
  | { status: 'inaccessible'; tabId: number; reason: string }
  /** One of ICP Lens's own pages (welcome, leads, settings): nothing to score there. */
  | { status: 'extension-page'; tabId: number }
  | { status: 'empty'; tabId: number; url: string }
  /** The page's site was marked "not a company" on the leads page: nothing is stored about it. */
  | { status: 'excluded'; tabId: number; url: string; site: string }
  | {
      status: 'scored';
      tabId: number;
      url: string;
      icp: { id: string; name: string };
      account?: AccountRecord;
      contact?: ContactRecord;
      /** A person page's employer, when the contact is linked to a stored account other than the page's. */
      employer?: AccountRecord;
      /** The framework chosen in settings, with its elements in display order. */
      framework: { id: Framework; name: string; elements: { id: string; label: string }[] };
      /** The five questions worth asking next about `account ?? employer`; answered elements left out. */
      questions: RankedQuestion[];
      /** Answers, activities and status of `account ?? employer` (answers are recorded per account). */
      accountWork?: LeadWork;
      /** Activities and status of the page's person; qualified by the employer's answers. */
      contactWork?: LeadWork;
      /** The activities a user can log, with the active ICP's points. */
      activityTypes: ActivityTypeView[];
      /** Research of the company's own site (lib/research): under way, done, or why it did not run. */
      research?: ResearchView;
      /** The company's own profiles worth opening for what is still unknown ("where to look next"). */
      nextLinks?: NextLink[];
      /** The people of `account ?? employer`, best persona fit first, with buying roles (lib/people/view.ts). */
      people?: AccountPeople;
      /** Why now: the top dated triggers of `account ?? employer` (lib/triggers), strongest first. */
      triggers?: Trigger[];
      /** The page's person as the people list shows them (their buying role), on a person page. */
      person?: AccountPerson;
    };

export type { Trigger };

export type ScoredView = Extract<TabView, { status: 'scored' }>;

/** A person of an account, as the panel lists them (lib/people/view.ts): every label in words. */
export interface AccountPerson {
  id: string;
  name: string;
  title?: string;
  /** "Vice president", "Head of". */
  seniority?: string;
  /** "Sales", "Customer success". */
  department?: string;
  /** Persona fit against the active ICP. */
  fit?: number;
  tier?: ScoreResult['tier'];
  profileUrl?: string;
  /** The user's choice when made, else the suggestion; `reason` says why in words. */
  role?: { value: BuyingRole; label: string; reason: string; byUser: boolean; suggested?: BuyingRole };
  /** The page the person was read on, in words, with its address. */
  source: EvidenceWords;
}

export interface AccountPeople {
  /** The best persona fits, at most lib/people/view.ts PEOPLE_SHOWN. */
  shown: AccountPerson[];
  total: number;
  /** What the active ICP sells, as the reasons name it: "a sales tool". */
  offer: string;
}

/** A person listed in a company's detail on the leads page. */
export interface LeadPerson {
  id: string;
  name: string;
  title?: string;
  stage?: string;
}

/** `ui-bg/get-lead`: one account or person as the leads page's detail view shows it (lib/leads/detail.ts). */
export type LeadDetail = {
  icp: { id: string; name: string };
  framework: ScoredView['framework'];
  activityTypes: ActivityTypeView[];
  /** The user's work on the lead; a person is qualified by their employer's answers, as in the panel. */
  work: LeadWork;
  /** A company's people (linked to it), by name; empty for a person. */
  people: LeadPerson[];
} & (
  | { kind: 'account'; account: AccountRecord }
  | { kind: 'contact'; contact: ContactRecord; employer?: AccountRecord }
);

/** The ICP editor's view of the stored ICPs (`ui-bg/list-icps`). */
export interface IcpList {
  icps: Icp[];
  activeId: string;
  presets: { id: string; name: string; description: string }[];
  /** The rescoring under way, if any. */
  rescore?: RescoreProgress;
}

export interface RescoreProgress {
  icpId: string;
  done: number;
  total: number;
  finished: boolean;
}

/** `ui-bg/import-icp`: the ICP added, or every error with its path; a refused file changes nothing. */
export type ImportReply = { ok: true; icp: Icp } | { ok: false; errors: IoError[] };

/** `ui-bg/export-icp`: what the panel offers as a download. */
export interface ExportReply {
  fileName: string;
  text: string;
}

export type { IcpReview } from '../review/review';
/** `ui-bg/review-icp`: the ICP review page's data (lib/db/review.ts, lib/review/review.ts). */
export type { IcpPreview, ReviewReply };

/** `ui-bg/accept-review`: the new version and what changed, in words. */
export interface AcceptReply {
  version: number;
  /** "v1 -> v2: employees weight 20 -> 35, founded removed" */
  diff: string;
  /** The active ICP changed: every account is being rescored. */
  rescoring: boolean;
}

/** Research of an account's own site, as the panel shows it (lib/research/view.ts). */
export interface ResearchView {
  /** The registrable domain read: "sumup.com". */
  site: string;
  status: 'running' | 'done' | 'needs-access' | 'off' | 'interrupted';
  /** Pages fetched so far, and in the plan now ("Reading 3 of 5 pages"). */
  done: number;
  total: number;
  /** Each page tried, in words: its path, what kind of page, and what came of it. */
  pages: Array<{ path: string; url: string; kind: string; outcome: string; read: boolean }>;
  /** The host permission "Research this company" asks for when access is missing. */
  origin?: string;
}

/** A profile of the company on another site, and what opening it could settle. */
export interface NextLink {
  label: string;
  url: string;
  /** "size, industry, founding year" */
  could: string;
}

/** The bulk research queue as the Leads page shows it (lib/research/queue.ts). */
export interface ResearchQueueView {
  /** Sites per state: queued, running, and how each finished one ended. */
  counts: Record<'queued' | 'running' | 'researched' | 'unreachable' | 'refused' | 'no-data' | 'cancelled', number>;
  paused: boolean;
  /** Sites being read now. */
  running: string[];
  /** Seconds left at the pace so far (a first guess before any site is done). */
  estimateSeconds: number;
}

/** `ui-bg/team-icp-*`: the team ICP's state for the settings page, in values the page puts in words. */
export interface TeamIcpView {
  connected: boolean;
  url?: string;
  icpName?: string;
  version?: number;
  changedAt?: number;
  checkedAt?: number;
  /** Why the last check kept the ICP as it was, in words. */
  problem?: string;
}

export type { FieldChange, FieldStatus } from '../crm/diff';
export type {
  CrmKey,
  HubSpotStatusView,
  PushLogView,
  PushPreviewView,
  PushResultView,
  RecordPreview,
  SalesforceStatusView,
  TwentyStatusView,
} from '../crm/views';
export { COMPANY_WORDS, CRM_NAMES } from '../crm/views';
