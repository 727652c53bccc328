import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportIcp } from '../../lib/icp/io';
import { defaultIcp } from '../../lib/icp/presets';
import type { Icp } from '../../lib/icp/schema';
import { expect, test } from './support/fixtures';
import { sendFromPage } from './support/lifecycle';
import { OptionsPage } from './support/options-page';
import { SidePanel } from './support/side-panel';

// One ICP for the team (issue 16, part 3): loaded from an address the team controls, kept in sync, locked criteria
// protected, and a bad file never replaces the ICP in use.

function teamFile(sizeWeight: number): string {
  const base = defaultIcp(1);
  const icp: Icp = {
    ...base,
    id: 'acme-sales',
    name: 'Acme sales ICP',
    version: 4,
    criteria: base.criteria.map((c) => (c.id === 'size' ? { ...c, weight: sizeWeight, locked: true } : c)),
  };
  return exportIcp(icp);
}

test('a team ICP is loaded from its address, rescores on change, keeps its locks, and survives a broken file', async ({
  context,
  worker,
  extensionId,
  sites,
}) => {
  let served = teamFile(20);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(served);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sales/icp.json`;
  try {
    const { panel } = await SidePanel.visit(context, worker, extensionId, `${sites.origin}/northwind/`);
    await expect(panel.companyName).toHaveText('Northwind Analytics');

    const options = await OptionsPage.open(context, extensionId);
    const section = options.page.getByTestId('team-icp');
    await section.getByLabel("Address of the team's ICP file").fill(address);
    await section.getByRole('button', { name: 'Load and keep in sync' }).click();
    await expect(section.getByTestId('team-icp-summary')).toContainText(`Acme sales ICP, v4 from ${address}, updated`);

    await panel.page.reload();
    await expect(panel.page.locator('.icp-name')).toHaveText('Acme sales ICP');
    await expect(panel.criterion('size').getByTestId('points')).toHaveText('20 / 20');

    // The team changes the file: "Check now" (or the daily check) picks it up and rescores.
    served = teamFile(40);
    await section.getByRole('button', { name: 'Check now' }).click();
    await expect(section.getByTestId('team-icp-summary')).toContainText('Acme sales ICP, v5');
    await panel.page.reload();
    await expect(panel.criterion('size').getByTestId('points')).toHaveText('40 / 40');

    // A locked criterion cannot be edited in this browser.
    const list = await sendFromPage(options.page, 'ui-bg/list-icps', {});
    const icp = (list.data as { icps: Icp[]; activeId: string }).icps.find((i) => i.name === 'Acme sales ICP') as Icp;
    const edited = { ...icp, criteria: icp.criteria.map((c) => (c.id === 'size' ? { ...c, weight: 1 } : c)) };
    const refused = await sendFromPage(options.page, 'ui-bg/save-icp', { icp: edited });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('locked') });

    // A broken file says why and changes nothing.
    served = '{"format":"icp-lens/icp"';
    await section.getByRole('button', { name: 'Check now' }).click();
    await expect(section.getByTestId('team-icp-status')).toContainText('not a valid ICP');
    await expect(section.getByTestId('team-icp-summary')).toContainText('v5');
    await panel.page.reload();
    await expect(panel.criterion('size').getByTestId('points')).toHaveText('40 / 40');
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
