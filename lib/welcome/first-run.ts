import type { Icp } from '../icp/schema';
import { sendToBackground } from '../messaging/client';
import type { IcpList } from '../messaging/views';

/**
 * The stored ICP a preset stands for: the one with the preset's name (the default ICP is the first preset's, and a
 * preset created here keeps its name), so choosing a preset twice on the welcome page never makes a second copy.
 */
export function storedIcpFor(list: IcpList, presetId: string): string | undefined {
  const name = list.presets.find((p) => p.id === presetId)?.name;
  return name === undefined ? undefined : list.icps.find((i) => i.name === name)?.id;
}

/** The preset whose ICP scores now, if the active ICP is one. */
export function activePreset(list: IcpList): string | undefined {
  const active = list.icps.find((i) => i.id === list.activeId);
  return list.presets.find((p) => p.name === active?.name)?.id;
}

/** Makes the preset's ICP the active one, creating it first when it is not stored yet; returns the new list. */
export async function usePreset(list: IcpList, presetId: string): Promise<IcpList> {
  let id = storedIcpFor(list, presetId);
  if (id === undefined) id = (await sendToBackground<Icp, 'ui-bg/create-icp'>('ui-bg/create-icp', { presetId })).id;
  await sendToBackground('ui-bg/set-active-icp', { id });
  return sendToBackground<IcpList, 'ui-bg/list-icps'>('ui-bg/list-icps', {});
}
