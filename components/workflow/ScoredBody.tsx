import type { ScoredView } from '../../lib/messaging/views';
import { accountDisplayName } from '../../lib/panel/names';
import { Breakdown } from '../Breakdown';
import { CompanyCard } from '../CompanyCard';
import { PushToCrm } from '../crm/PushToCrm';
import { FactsCard } from '../FactsCard';
import { PersonCard } from '../PersonCard';
import { PeopleCard } from '../people/PeopleCard';
import { NextLinks, ResearchStatus } from '../research/ResearchStatus';
import { ScoreSummary } from '../ScoreSummary';
import { Unknowns } from '../Unknowns';
import { WhyNow } from '../WhyNow';
import { Qualification } from './Qualification';
import { Questions } from './Questions';
import { Tagging } from './Tagging';

/**
 * A scored page: who it is about and why it fits, then the seller's work. The questions and qualification belong to
 * the page's account, or on a person page to the employer's; stage, tags, notes and activities to each of them.
 */
export function ScoredBody({ view, onChanged }: { view: ScoredView; onChanged: () => void }) {
  const company = view.account ?? view.employer;
  const work = view.accountWork;
  return (
    <>
      {view.account && <CompanyCard account={view.account} />}
      {view.account && <FactsCard signals={view.account.signals} />}
      {view.research && <ResearchStatus research={view.research} tabId={view.tabId} onChanged={onChanged} />}
      {view.account?.score && (
        <>
          <ScoreSummary score={view.account.score} />
          {view.triggers && <WhyNow triggers={view.triggers} />}
          <Breakdown criteria={view.account.score.criteria} />
          <Unknowns criteria={view.account.score.criteria} />
        </>
      )}
      {view.nextLinks && <NextLinks links={view.nextLinks} />}
      {view.account && view.people && <PeopleCard people={view.people} onChanged={onChanged} />}
      {view.contact && (
        <PersonCard
          contact={view.contact}
          // On a company's page about one of its people, the page's account is their employer.
          employer={view.employer ?? (view.contact.accountId === view.account?.id ? view.account : undefined)}
          person={view.person}
          onChanged={onChanged}
        />
      )}
      {!view.account && view.employer && view.triggers && <WhyNow triggers={view.triggers} />}
      {company?.score && (
        <Questions questions={view.questions} framework={view.framework} accountId={company.id} onChanged={onChanged} />
      )}
      {work && <Qualification work={work} framework={view.framework} onChanged={onChanged} />}
      {view.contact && view.contactWork && (
        <Tagging
          record={view.contact}
          work={view.contactWork}
          activityTypes={view.activityTypes}
          who={view.contact.name ?? 'this person'}
          onChanged={onChanged}
        />
      )}
      {company && work && (
        <Tagging
          record={company}
          work={work}
          activityTypes={view.activityTypes}
          who={accountDisplayName(company)}
          onChanged={onChanged}
        />
      )}
      {company && <PushToCrm crm="hubspot" accountId={company.id} />}
      {company && <PushToCrm crm="salesforce" accountId={company.id} />}
      {company && <PushToCrm crm="twenty" accountId={company.id} />}
    </>
  );
}
