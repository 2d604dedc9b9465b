// Every page of a type's list call, through the API's retries and pacing, as one read.
import { resourceType, type ResourceTypeId } from '../domain/resources.js';
import type { RequestKind } from './adaptive-rate.js';
import type { ProtonApi } from './api.js';
import type { Stop } from '../lib/stop.js';
import type { ListedResource, ListQuery } from './proton-calls.js';

export async function listAll(api: ProtonApi, type: ResourceTypeId, query: ListQuery, stop: Stop, kind: RequestKind = 'read'): Promise<ListedResource[]> {
  const operation = resourceType(type).listOperation;
  if (!operation) throw new Error(`resource type ${type} has no list call`);
  const listed: ListedResource[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.call(operation, (proton, options) => proton.listPage(type, query, nextToken, options), stop, kind);
    listed.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return listed;
}
