import type { CountyDistricts } from '../../domain/people/chosen-people.js';
import type { Stores } from '../../store/stores.js';

/** The county's districts, current and retired, for leaving out people whose districts are all retired. */
export async function countyDistricts(stores: Pick<Stores, 'districts'>): Promise<CountyDistricts> {
  const all = await stores.districts.all();
  return {
    current: all.filter((district) => !district.retiredAt).map((district) => district._id),
    retired: all.filter((district) => district.retiredAt).map((district) => district._id),
  };
}
