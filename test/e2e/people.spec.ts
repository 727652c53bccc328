import { expectNoSeriousA11yViolations } from './support/axe';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { LeadsPage } from './support/leads-page';
import { PeoplePanel } from './support/people-panel';
import { SidePanel } from './support/side-panel';

const TEAM = [
  ['Margaret Okafor', 'Chief Executive Officer', 'economic buyer'],
  ['Daniel Pryce', 'VP Sales', 'decision maker'],
  ['Ingrid Solberg', 'Sales Manager', 'champion'],
  ['Ravi Chandran', 'CTO', 'influencer'],
] as const;

test("a company's team page gives its contacts with roles, a buying role each, kept after a revisit and exported", async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const url = `${sites.origin}/hartwell/team/`;
  const { site, panel } = await SidePanel.visit(context, worker, extensionId, url);
  await expect(panel.companyName).toHaveText('Hartwell Systems');
  const people = new PeoplePanel(panel.page);

  // The four members of the leadership section, and nobody quoted or credited on the page.
  await expect(people.people).toHaveCount(4);
  await expect(people.card).not.toContainText('Helen Marsh');
  await expect(people.card).not.toContainText('Oliver Grant');
  for (const [name, title, role] of TEAM) {
    const person = people.person(name);
    await expect(person.title).toHaveText(title);
    await expect(person.role.locator('option').first()).toHaveText(`Suggested (${role})`);
    await expect(person.reason).toContainText(`${title}: ${role} for a sales, marketing or customer success tool`);
    await expect(person.source.getByRole('link')).toHaveText(/\/hartwell\/team$/);
  }
  // Best persona fit first: the default ICP targets leaders of revenue teams.
  await expect(people.people.first().getByTestId('person-name')).toHaveText('Margaret Okafor');

  // The seller knows better: Daniel Pryce is the champion.
  await people.person('Daniel Pryce').role.selectOption('champion');
  await expect(people.person('Daniel Pryce').reason).toContainText('Set by you');
  await expect(people.person('Daniel Pryce').role).toHaveValue('champion');

  // A revisit reads the page again: the choice stays, nobody is added twice.
  const before = (await readStore<{ lastSeen: number }>(worker, 'contacts')).map((c) => c.lastSeen);
  await site.reload();
  await expect
    .poll(async () => (await readStore<{ lastSeen: number }>(worker, 'contacts')).map((c) => c.lastSeen).join())
    .not.toBe(before.join());
  await panel.page.reload();
  await expect(people.people).toHaveCount(4);
  await expect(people.person('Daniel Pryce').role).toHaveValue('champion');
  await expect(people.person('Daniel Pryce').reason).toContainText('Set by you');
  await expectNoSeriousA11yViolations(panel.page);
  const shot = testInfo.outputPath('people-card.png');
  await people.card.screenshot({ path: shot });
  await testInfo.attach('people-card', { path: shot, contentType: 'image/png' });

  // They leave with the account in the HubSpot contacts file, each with their buying role.
  const leads = await LeadsPage.open(context, extensionId);
  await leads.expectCount('5', '5');
  const { header, records } = await leads.exportRecords('hubspot-contacts');
  expect(header).toContain('ICP Lens Buying Role');
  const exported = records.map((r) => [
    `${r['First Name']} ${r['Last Name']}`,
    r['Job Title'],
    r['Company Name'],
    r['ICP Lens Buying Role'],
  ]);
  expect(exported.sort()).toEqual(
    TEAM.map(([name, title, role]) => [
      name,
      title,
      'Hartwell Systems',
      name === 'Daniel Pryce' ? 'champion' : role,
    ]).sort(),
  );
});

test("a company's page about one of its people gives the account and that person, its contact", async ({
  context,
  worker,
  extensionId,
  sites,
}, testInfo) => {
  const url = `${sites.origin}/hartwell/team/daniel-pryce/`;
  const { panel } = await SidePanel.visit(context, worker, extensionId, url);
  // The company that publishes the page stays the page's company; the person it is about is beside it.
  await expect(panel.companyName).toHaveText('Hartwell Systems');
  await expect(panel.page.getByRole('heading', { name: 'Daniel Pryce', exact: true })).toBeVisible();
  await expect(panel.page.getByTestId('employer-name')).toHaveText('Hartwell Systems');
  await expect(panel.page.getByTestId('employer-fit')).toHaveText(/\d/);
  // The account's people list them once.
  const people = new PeoplePanel(panel.page);
  await expect(people.people).toHaveCount(1);
  await expect(people.person('Daniel Pryce').title).toHaveText('VP Sales');
  await expect(panel.page.getByTestId('persona')).toContainText('classified from the job title');
  // One contact, of the company's account, with what the page states of them; the CTO credited in a byline is not one.
  await expect.poll(async () => (await readStore<{ id: string }>(worker, 'contacts')).length).toBe(1);
  const [contact] = await readStore<{
    accountId?: string;
    signals: { [field in 'name' | 'title' | 'employer' | 'location']?: { value: string } };
  }>(worker, 'contacts');
  const [account] = await readStore<{ id: string }>(worker, 'accounts');
  expect(contact?.accountId).toBe(account?.id);
  expect(contact?.signals.title?.value).toBe('VP Sales');
  expect(contact?.signals.employer?.value).toBe('Hartwell Systems');
  expect(contact?.signals.location?.value).toBe('York');
  await panel.page.screenshot({ path: testInfo.outputPath('panel-person-on-company-site.png'), fullPage: true });
});
