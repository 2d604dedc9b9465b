// The two requests every target makes, through the API's retries and pacing; the resource table
// says which operation each type uses.
import { resourceType, type ProtonResource, type Target } from '../domain/resources.js';
import type { Stop } from '../lib/stop.js';
import type { ProtonApi } from './api.js';

export function sendCancelRequest(api: ProtonApi, target: Target, stop: Stop): Promise<ProtonResource | undefined> {
  return api.call(resourceType(target.type).cancelOperation, (proton, options) => proton.cancel(target, options), stop, 'cancel');
}

export function readResource(api: ProtonApi, target: Target, stop: Stop): Promise<ProtonResource | undefined> {
  return api.call(resourceType(target.type).readOperation, (proton, options) => proton.read(target, options), stop);
}
