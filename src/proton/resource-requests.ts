// The two requests every target makes, through the API's retries and pacing; the resource table
// says which operation each type uses, resource-calls.ts which SDK command sends it.
import { resourceType, type ProtonResource, type Target } from '../domain/resources.js';
import { type ProtonApi } from './api.js';
import type { Stop } from '../lib/stop.js';
import { RESOURCE_CALLS } from './resource-calls.js';

export function sendCancelRequest(api: ProtonApi, target: Target, stop: Stop): Promise<ProtonResource | undefined> {
  const { cancel } = RESOURCE_CALLS[target.type];
  return api.call(resourceType(target.type).cancelOperation, (proton, options) => cancel(proton, target, options), stop, 'cancel');
}

export function readResource(api: ProtonApi, target: Target, stop: Stop): Promise<ProtonResource | undefined> {
  const { read } = RESOURCE_CALLS[target.type];
  return api.call(resourceType(target.type).readOperation, (proton, options) => read(proton, target, options), stop);
}
