import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

export interface RunningBroker {
  url: string;
  close(): Promise<void>;
}

/**
 * Runs the reference broker (docs/hubspot-broker/broker.mjs) as the team would, a Node process configured by its
 * environment, pointed at the tests' local HubSpot instead of api.hubapi.com.
 */
export async function startBroker(hubspotOrigin: string, env: Record<string, string>): Promise<RunningBroker> {
  const child: ChildProcess = spawn(process.execPath, [resolve('docs/hubspot-broker/broker.mjs')], {
    env: { PATH: process.env.PATH, PORT: '0', HUBSPOT_API: hubspotOrigin, ALLOWED_ORIGIN: EXTENSION_ORIGIN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /port (\d+)/.exec(said);
      if (match) ok(Number(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => fail(new Error(chunk.toString())));
    child.on('exit', (code) => fail(new Error(`broker exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        child.once('exit', () => ok());
        child.kill();
      }),
  };
}
