/**
 * What an import of a people file would do, or did: plain data, so the command line prints it and a chat
 * card shows it without knowing how it was worked out. Every row is in exactly one of toAdd, toChange,
 * unchanged and refused, by its row number in the file (the header is row 1).
 */
export interface PeopleImportPlan {
  readonly counts: {
    readonly rows: number;
    readonly toAdd: number;
    readonly toChange: number;
    readonly unchanged: number;
    readonly refused: number;
    readonly notInFile: number;
  };
  readonly toAdd: readonly ImportedPerson[];
  readonly toChange: readonly ChangedPerson[];
  readonly unchanged: readonly ImportedPerson[];
  /** Rows not imported, each with every reason, in a sentence a person can act on. */
  readonly refused: readonly RefusedRow[];
  /** Registered people (not marked as left) whom no row names: an import never removes anyone. */
  readonly notInFile: readonly PersonOnRecord[];
  /** Header cells that are not columns of a people file, so were not read: a misspelt column shows here. */
  readonly ignoredColumns: readonly string[];
}

/** A person as a row describes them, in the words of the file: role labels, district names. */
export interface ImportedPerson {
  readonly line: number;
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly districts: readonly string[];
  readonly team?: string;
  readonly lineManager?: string;
}

export interface ChangedPerson extends ImportedPerson {
  /** Each field that changes, with what the record says now and what it will say (`''` for nothing). */
  readonly changes: readonly FieldChange[];
}

export interface FieldChange {
  readonly field: 'name' | 'roles' | 'districts' | 'team' | 'line manager' | 'agency';
  readonly from: string;
  readonly to: string;
}

export interface RefusedRow {
  readonly line: number;
  /** As the row gives them, possibly blank. */
  readonly name: string;
  readonly email: string;
  readonly reasons: readonly string[];
}

export interface PersonOnRecord {
  readonly personId: string;
  readonly name: string;
  readonly email?: string;
}
