/** What a QA manager writes about a district on its form: its name, its MAT locality and other names for it. */
export interface DistrictDetails {
  readonly name: string;
  readonly matLocality: string;
  readonly aliases: readonly string[];
}
