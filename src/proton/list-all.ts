// Every page of a list call, through the API's retries and pacing, as one read.
import type { Listing, ListedResource, ListQuery } from '../resources.js';
import type { RequestKind } from './adaptive-rate.js';
import type { ProtonApi, Stop } from './api.js';

export async function listAll(api: ProtonApi, listing: Listing, query: ListQuery, stop: Stop, kind: RequestKind = 'read'): Promise<ListedResource[]> {
  const listed: ListedResource[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.call(listing.operation, (proton, options) => listing.page(proton, query, nextToken, options), stop, kind);
    listed.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return listed;
}
