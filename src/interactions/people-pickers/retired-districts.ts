import type { Stores } from '../../store/stores.js';

/** The districts no longer part of the county: people only in these are offered by no picker. */
export async function retiredDistrictIds(stores: Pick<Stores, 'districts'>): Promise<string[]> {
  return (await stores.districts.all()).filter((district) => district.retiredAt).map((district) => district._id);
}
