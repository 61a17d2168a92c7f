import { addDistrict } from '../domain/districts/add-district.js';
import type { Stores } from '../store/stores.js';
import { DEMO_DISTRICTS } from './demo-county.js';
import { DEMO_LOADER } from './load-demo-people.js';

/**
 * Adds the demo county's districts the way a QA manager's "add a district" does (addDistrict: names and
 * aliases checked against the others, each addition audited), as the demo loader. A district already there
 * is left as it is, so loading again changes nothing.
 */
export async function loadDemoDistricts(stores: Stores, now: Date): Promise<number> {
  for (const { _id: id, name, matLocality, aliases } of DEMO_DISTRICTS) {
    if (await stores.districts.findById(id)) continue;
    const added = addDistrict({ name, matLocality, aliases }, await stores.districts.all(), {
      actor: DEMO_LOADER,
      id,
      commandId: `demo:district:${id}`,
      now,
    });
    if (!added.ok) throw added.error;
    if (await stores.districts.add(added.value.district)) await stores.auditEvents.record(added.value.audit);
  }
  return DEMO_DISTRICTS.length;
}
