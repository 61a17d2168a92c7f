import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { allocateToAuditors, type AllocatedCase, type Auditor, type SitedCase } from './allocate-to-auditors.js';
import { GENERATOR_NAME, seededGenerator } from './seeded-random.js';
import { chooseStratified } from './stratified-choice.js';

export type { AllocatedCase, Auditor } from './allocate-to-auditors.js';

export interface SampleRequest {
  readonly cases: readonly SitedCase[];
  readonly size: number;
  readonly seed: string;
  /** Cases audited recently, left out of the draw. */
  readonly excluded: ReadonlySet<string>;
  /** The district audit team: every case when there is no MAT audit team. */
  readonly auditors: readonly Auditor[];
  /** The MAT audit team, for the cases of MAT-site teams. */
  readonly matAuditors?: readonly Auditor[];
}

export interface DrawnSample {
  readonly cases: AllocatedCase[];
  readonly excludedCount: number;
  /** Chosen cases sharing their worker with another: the list had too few workers for one case each. */
  readonly sharingAWorker: number;
}

/** Kept on every sample, so anyone can repeat the draw and check it. */
export const SAMPLING_METHOD = [
  'stratified by team and case type: each team × type stratum gets places in proportion to its eligible cases (largest remainder, ties by stratum name)',
  `cases taken in reference order, then within each stratum by a seeded shuffle: ${GENERATOR_NAME}`,
  'at most one case per worker reference (strata in name order, each passing over cases whose worker already has one; only a stratum that cannot fill its places otherwise repeats a worker)',
  'cases audited recently left out',
  'each case allocated within its site’s audit team (MAT-site teams’ cases to the MAT audit team, the others to the district audit team) to an auditor from another team, fewest cases first',
].join('; ');

/**
 * Draws the case sample for a Challenge Day. The same list, size, seed, exclusions and audit teams always
 * give the same sample, whatever order the list came in: that is what makes the draw fair and checkable.
 */
export function drawSample(request: SampleRequest): Outcome<DrawnSample> {
  const eligible = [...request.cases]
    .filter((entry) => !request.excluded.has(entry.caseReference))
    .sort((a, b) => a.caseReference.localeCompare(b.caseReference));
  const excludedCount = request.cases.length - eligible.length;
  if (!Number.isInteger(request.size) || request.size < 1)
    return refuse('invalid_input', 'Choose a sample of at least one case.');
  if (request.size > eligible.length) {
    return refuse(
      'invalid_input',
      `Only ${eligible.length} cases can be drawn (${excludedCount} were audited recently); choose a sample of ${eligible.length} or fewer.`,
    );
  }
  if (request.auditors.length === 0 && (request.matAuditors?.length ?? 0) === 0)
    return refuse('invalid_input', 'Add the auditors to the Challenge Day’s audit team first.');

  const random = seededGenerator(request.seed);
  const { chosen, sharingAWorker } = chooseStratified(eligible, request.size, random);
  const allocated = allocateToAuditors(
    chosen,
    { district: request.auditors, ...(request.matAuditors ? { mat: request.matAuditors } : {}) },
    random,
  );
  return allocated.ok ? succeed({ cases: allocated.value, excludedCount, sharingAWorker }) : allocated;
}
