import { browser } from 'wxt/browser';
import { syncGrantedScripts } from './registered-scripts';
import { forgetServiceHosts, recordServiceHosts } from './service-hosts';

/**
 * Whether the browser lets ICP Lens reach a connection's hosts (the settings page asks within the user's click, before
 * the background connects). Granted, they are recorded as the connection's, whether the connection then succeeds or
 * not, so they are neither read as sites nor listed as sites to remove, and taken off the content script's
 * registration that the grant itself may have just added.
 */
export async function claimGrantedHosts(connection: string, patterns: readonly string[]): Promise<boolean> {
  if (!(await browser.permissions.contains({ origins: [...patterns] }))) return false;
  await recordServiceHosts(connection, patterns);
  await syncGrantedScripts();
  return true;
}

/**
 * Disconnecting: forgets the connection's hosts and gives their permissions back, except those another connection
 * still needs. `current`: the hosts of the connection being removed, recorded or not.
 */
export async function releaseServiceHosts(connection: string, current: readonly string[]): Promise<void> {
  const freed = await forgetServiceHosts(connection, current);
  // A required permission (the development build's local hosts) cannot be removed, and need not be.
  for (const origin of freed) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
  await syncGrantedScripts();
}
