import { allowedIf, type Permission } from '../shared/permission.js';
import type { ApiClient, ApiScope } from './api-client.js';

/** Whether the client was given this scope; a missing scope is refused whatever the district. */
export function mayUseScope(client: ApiClient, scope: ApiScope): Permission {
  return allowedIf(client.scopes.includes(scope), `This client has no ${scope} scope.`);
}

/** Whether the client may read records of this district. */
export function mayReadDistrict(client: ApiClient, districtId: string): Permission {
  return allowedIf(
    client.districts === 'all' || client.districts.includes(districtId),
    'This client may not read records of that district.',
  );
}

/**
 * The districts a list is limited to for this client: the one asked for (when it may read it), else all of the
 * client's, `undefined` meaning every district. A list never holds a record the client may not read.
 */
export function districtsOfList(client: ApiClient, asked: string | undefined): readonly string[] | undefined {
  if (asked !== undefined) return [asked];
  return client.districts === 'all' ? undefined : client.districts;
}
