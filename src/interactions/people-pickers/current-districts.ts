import type { Stores } from '../../store/stores.js';

/**
 * The districts of the county now, those not retired: someone who belongs to districts, none of them among
 * these, is offered by no picker.
 */
export async function currentDistrictIds(stores: Pick<Stores, 'districts'>): Promise<string[]> {
  return (await stores.districts.all()).filter((district) => !district.retiredAt).map((district) => district._id);
}
