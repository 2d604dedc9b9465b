// The two requests every target makes, through the API's retries and pacing; the resource table
// says which operation each type uses.
import { resourceType, type ProtonResource, type Target } from '../resources.js';
import type { ProtonApi, Stop } from './api.js';

export function cancelDeployment(api: ProtonApi, target: Target, stop: Stop): Promise<ProtonResource | undefined> {
  const type = resourceType(target.type);
  return api.call(type.cancelOperation, (proton, options) => type.cancel(proton, target, options), stop, 'cancel');
}

export function readResource(api: ProtonApi, target: Target, stop: Stop): Promise<ProtonResource | undefined> {
  const type = resourceType(target.type);
  return api.call(type.readOperation, (proton, options) => type.read(proton, target, options), stop);
}
