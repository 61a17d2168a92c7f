import type { Db, Filter } from 'mongodb';
import { personSchema, type Person } from '../domain/people/person.js';
import { IDENTITY_FIELDS, type PlatformIdentity } from '../domain/people/platform-identity.js';
import type { Platform } from '../domain/links/conversation-link.js';
import type { Role } from '../domain/people/roles.js';
import { emailKey } from '../domain/people/work-email.js';
import type { CountyDistricts } from '../domain/people/chosen-people.js';
import type { KnownPerson } from '../domain/questions/query.js';
import { holdsIdentity, identitiesOf, identityKey, type PersonIdentityRepository } from './person-identities.js';
import { IdentityHolders } from './identity-holders.js';
import { StoreError } from './store-errors.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';
import { driver } from './driver-collection.js';
import { escapeRegex } from './escape-regex.js';

const indexes: DeclaredIndex[] = [
  {
    name: 'teams_identity_unique',
    key: { 'identities.teamsAadObjectId': 1 },
    unique: true,
    sparse: true,
    serves: 'findByTeamsId (when its person_identities pointer is missing), and one person per Teams identity',
  },
  {
    name: 'slack_identity_unique',
    key: { 'identities.slackUserId': 1 },
    unique: true,
    sparse: true,
    serves: 'findBySlackId (when its person_identities pointer is missing), and one person per Slack identity',
  },
  {
    name: 'email_unique',
    key: { email: 1 },
    unique: true,
    sparse: true,
    serves: 'findByEmail (someone writing for the first time, matched by their work email), and one person per email',
  },
  { name: 'district_roles', key: { districtIds: 1, roles: 1 }, serves: 'withRoleInDistrict' },
  { name: 'roles', key: { roles: 1 }, serves: 'withRole' },
  { name: 'display_name', key: { displayName: 1 }, serves: 'allByName, and the order of searchByName' },
  {
    name: 'district_display_name',
    key: { districtIds: 1, displayName: 1 },
    serves: 'inDistrictByName, currentInDistrict, leftInDistrictCount, searchByName within a district, inTeam',
  },
  { name: 'manager', key: { managerId: 1 }, serves: 'managedBy' },
];

/** How many people a name search answers with: Teams shows at most 15 choices of a typeahead search. */
const NAME_SEARCH_LIMIT = 15;
/** Typed text is cut to this: enough to find anyone, and it keeps the expression small. */
const NAME_SEARCH_MAX_TYPED = 60;

/** What a picker's search asks for: the typed text, and who may be chosen at all. */
export interface NameSearch {
  readonly text: string;
  /** Only people of this district. */
  readonly districtId?: string;
  /** Only people holding one of these roles. */
  readonly roles?: readonly Role[];
  /** The county's districts: someone in a retired district and in none of the current ones is left out. */
  readonly districts?: CountyDistricts;
  readonly limit?: number;
}

/** Above this many ids, one query for them all costs less than a read by `_id` each (see findByIds). */
const READ_ONE_BY_ONE_UP_TO = 20;

/** How many members of a team one query asks about (registeredAmong). */
const MEMBERS_PER_QUERY = 500;

/**
 * The people the bot knows, with their roles and the platform identities that recognise them. Each identity
 * also has a pointer in person_identities, written here whenever a person is saved, so that recognising
 * who sent a message is a read by `_id` rather than a search of the people.
 */
export class PersonRepository {
  readonly collection: ValidatedCollection<Person>;
  /** Who each identity was last found to belong to: a hint checked against the person's record (identity-holders.ts). */
  private readonly holders = new IdentityHolders();

  constructor(
    db: Db,
    private readonly identities: PersonIdentityRepository,
  ) {
    this.collection = new ValidatedCollection(db, 'people', personSchema, indexes);
  }

  /**
   * Stores the person and keeps their identities' pointers in step: the new ones are claimed before the
   * record is written, and the ones the person no longer has are released after. A person saved with an
   * identity someone else has is refused (StoreError 'identity_taken') and nothing is written.
   */
  async save(person: Person): Promise<Person> {
    const valid = this.collection.validate(person);
    const before = identitiesOf(await this.findById(valid._id));
    const after = identitiesOf(valid);
    const added = after.filter((identity) => !before.some((held) => identityKey(held) === identityKey(identity)));
    const removed = before.filter((held) => !after.some((identity) => identityKey(identity) === identityKey(held)));
    let saved: Person;
    try {
      for (const identity of after) await this.claimIdentity(identity, valid._id);
      saved = await this.collection.replaceById(valid);
    } catch (error) {
      for (const identity of added) await this.identities.release(identity, valid._id);
      throw error;
    }
    for (const identity of removed) await this.identities.release(identity, valid._id);
    return saved;
  }

  findById(id: string): Promise<Person | null> {
    return this.collection.findById(id);
  }

  /**
   * The people with these ids (those that exist), in no particular order. The embedded FerretDB reads the
   * whole collection for an `$in` query but answers a read by `_id` directly: for a handful of ids, reads by
   * `_id` side by side are faster (about 3 ms for one, 17 ms for ten, against about 40 ms for the query among
   * 800 people); from a few dozen on, the one query is.
   */
  async findByIds(ids: Iterable<string>): Promise<Person[]> {
    const unique = [...new Set(ids)];
    if (unique.length <= READ_ONE_BY_ONE_UP_TO) {
      const found = await Promise.all(unique.map((id) => this.findById(id)));
      return found.filter((person): person is Person => person !== null);
    }
    return this.collection.readAll(await this.collection[driver].find({ _id: { $in: unique } }).toArray());
  }

  findByTeamsId(aadObjectId: string): Promise<Person | null> {
    return this.findByIdentity({ platform: 'teams', platformUserId: aadObjectId });
  }

  findBySlackId(slackUserId: string): Promise<Person | null> {
    return this.findByIdentity({ platform: 'slack', platformUserId: slackUserId });
  }

  /**
   * The person whose work email this is, whatever its case (emails are stored in lower case). Asked only
   * when an identity writes that no record holds yet, so its cost on the embedded server, a search of the
   * people, is paid once per person rather than on every turn.
   */
  async findByEmail(email: string): Promise<Person | null> {
    return this.collection.read(await this.collection[driver].findOne({ email: emailKey(email) }));
  }

  /**
   * Of a team's or channel's members, the platform user ids of those on a record already, by their identity on
   * this platform or by their work email: two indexed queries per 500 members, however big the team.
   */
  async registeredAmong(
    platform: Platform,
    members: readonly { readonly platformUserId: string; readonly email?: string }[],
  ): Promise<Set<string>> {
    const registered = new Set<string>();
    const identityField = `identities.${IDENTITY_FIELDS[platform]}`;
    for (let start = 0; start < members.length; start += MEMBERS_PER_QUERY) {
      const batch = members.slice(start, start + MEMBERS_PER_QUERY);
      const ids = batch.map((member) => member.platformUserId);
      const emails = batch.flatMap((member) => (member.email ? [emailKey(member.email)] : []));
      const people = this.collection[driver];
      const [byIdentity, byEmail] = await Promise.all([
        people.find({ [identityField]: { $in: ids } }, { projection: { identities: 1 } }).toArray(),
        emails.length > 0 ? people.find({ email: { $in: emails } }, { projection: { email: 1 } }).toArray() : [],
      ]);
      const linked = new Set(byIdentity.map((person) => person.identities[IDENTITY_FIELDS[platform]]));
      const onRecord = new Set(byEmail.map((person) => person.email));
      for (const member of batch) {
        if (linked.has(member.platformUserId) || (member.email && onRecord.has(emailKey(member.email)))) {
          registered.add(member.platformUserId);
        }
      }
    }
    return registered;
  }

  /**
   * Everyone registered, leavers included, in no particular order: what a people file is matched against.
   * A whole county is about a thousand records, read once per import.
   */
  async all(): Promise<Person[]> {
    return this.collection.readAll(await this.collection[driver].find({}).toArray());
  }

  /** Everyone holding a role county-wide, e.g. the QA managers to alert about a safeguarding concern. */
  async withRole(role: Role): Promise<Person[]> {
    return this.collection.readAll(
      await this.collection[driver].find({ roles: role }).sort({ displayName: 1 }).toArray(),
    );
  }

  /** The first `limit` people by name, leavers included. */
  async allByName(limit: number): Promise<Person[]> {
    return this.collection.readAll(
      await this.collection[driver].find().sort({ displayName: 1 }).limit(limit).toArray(),
    );
  }

  /** The people whose line manager this person is ("my team's actions"), leavers included. */
  async managedBy(managerId: string): Promise<Person[]> {
    return this.collection.readAll(await this.collection[driver].find({ managerId }).toArray());
  }

  /** The people of a district who name this team on their record, leavers included. */
  async inTeam(districtId: string, teamName: string): Promise<Person[]> {
    return this.collection.readAll(await this.collection[driver].find({ districtIds: districtId, teamName }).toArray());
  }

  /** The first `limit` people of a district by name, leavers included. */
  async inDistrictByName(districtId: string, limit: number): Promise<Person[]> {
    const found = await this.collection[driver]
      .find({ districtIds: districtId })
      .sort({ displayName: 1 })
      .limit(limit)
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * The current people with a word of their name starting with the typed text, ignoring case ("hel" finds
   * Helen Ward and Sam Helmsley), first by name, for a picker that searches as the person types. Leavers
   * never appear, nor people whose districts are all retired. No index serves it: the embedded FerretDB
   * pushes neither a regular expression nor the sort down to SQLite and reads every person, which measured
   * 35 ms (p50; 48 ms p95) among 800 people — less than reading the first 500 by name took (57 ms).
   */
  async searchByName(search: NameSearch): Promise<Person[]> {
    const typed = search.text.trim().slice(0, NAME_SEARCH_MAX_TYPED);
    const filter: Filter<Person> = {
      leftAt: { $exists: false },
      ...(typed ? { displayName: { $regex: `(?:^|[\\s'’-])${escapeRegex(typed)}`, $options: 'i' } } : {}),
      ...(search.districtId ? { districtIds: search.districtId } : {}),
      ...(search.roles ? { roles: { $in: [...search.roles] } } : {}),
      // Not `$elemMatch: { $nin: retired }`: FerretDB 1.24 answers it as if every element had to match.
      ...(search.districts && search.districts.retired.length > 0
        ? {
            $or: [
              { districtIds: { $nin: [...search.districts.retired] } },
              { districtIds: { $in: [...search.districts.current] } },
            ],
          }
        : {}),
    };
    const found = await this.collection[driver]
      .find(filter)
      .sort({ displayName: 1 })
      .limit(search.limit ?? NAME_SEARCH_LIMIT)
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * A page of a district's current people by name (leavers left out), with how many there are in all, for
   * the list a manager pages through.
   */
  async currentInDistrict(
    districtId: string,
    page: { readonly skip: number; readonly limit: number },
  ): Promise<{ people: Person[]; total: number }> {
    const filter = { districtIds: districtId, leftAt: { $exists: false } };
    const [found, total] = await Promise.all([
      this.collection[driver].find(filter).sort({ displayName: 1 }).skip(page.skip).limit(page.limit).toArray(),
      this.collection[driver].countDocuments(filter),
    ]);
    return { people: this.collection.readAll(found), total };
  }

  /** How many of a district's people are recorded as having left ("and 3 who have left"). */
  leftInDistrictCount(districtId: string): Promise<number> {
    return this.collection[driver].countDocuments({ districtIds: districtId, leftAt: { $exists: true } });
  }

  /**
   * Everyone whose name is this one, ignoring case ("change helen ward"). A name typed by a manager is
   * matched whole, never as a pattern: the text is escaped. No index serves a case-blind match, so it reads
   * the people; it is asked once per such command, never per message.
   */
  async named(displayName: string, limit = 20): Promise<Person[]> {
    const exact = new RegExp(`^${escapeRegex(displayName.trim())}$`, 'i');
    return this.collection.readAll(
      await this.collection[driver].find({ displayName: exact }).sort({ displayName: 1 }).limit(limit).toArray(),
    );
  }

  /**
   * Up to `limit` people's names, in no particular order, for recognising who a question is about. Only the
   * names are read, so no index serves it: it reads the collection until it has `limit` of them.
   */
  async displayNames(limit: number): Promise<KnownPerson[]> {
    const found = await this.collection[driver]
      .find({}, { projection: { displayName: 1 } })
      .limit(limit)
      .toArray();
    return found.map((known) => ({ id: String(known._id), displayName: String(known.displayName) }));
  }

  async withRoleInDistrict(role: Role, districtId: string): Promise<Person[]> {
    const found = await this.collection[driver]
      .find({ districtIds: districtId, roles: role })
      .sort({ displayName: 1 })
      .toArray();
    return this.collection.readAll(found);
  }

  /**
   * The person whose record holds the identity, always read fresh. Found through the holder this process
   * remembers (one read), else through the identity's pointer, checked against the person's record. Without a
   * pointer that holds (a person stored before pointers were kept, or by a save cut short), the people are
   * searched once and the pointer written, so the next lookup is a read by `_id` again.
   */
  async findByIdentity(identity: PlatformIdentity): Promise<Person | null> {
    // The holder this process found last time: its record, read now, says whether it still holds the identity.
    const remembered = this.holders.holderOf(identity);
    const rememberedPerson = remembered ? await this.findById(remembered) : null;
    if (rememberedPerson && holdsIdentity(rememberedPerson, identity)) return rememberedPerson;
    this.holders.forget(identity);
    const found = await this.findByPointer(identity);
    if (found) this.holders.remember(identity, found._id);
    return found;
  }

  private async findByPointer(identity: PlatformIdentity): Promise<Person | null> {
    const pointedAt = await this.identities.personIdOf(identity);
    const person = pointedAt ? await this.findById(pointedAt) : null;
    if (person && holdsIdentity(person, identity)) return person;
    const found = await this.searchHolder(identity);
    if (found) await this.identities.pointAt(identity, found._id);
    else if (pointedAt) await this.identities.release(identity, pointedAt);
    return found;
  }

  /**
   * Claims the identity's pointer for the person. The people's records decide who has an identity: one
   * already held by someone else (whether or not it had a pointer) is refused; a pointer naming someone
   * who no longer has it is out of step, and is taken over.
   */
  private async claimIdentity(identity: PlatformIdentity, personId: string): Promise<void> {
    const pointedAt = await this.identities.claim(identity, personId);
    const holder = await this.searchHolder(identity, personId);
    if (holder) {
      if (pointedAt !== holder._id) await this.identities.pointAt(identity, holder._id);
      throw new StoreError(
        'identity_taken',
        `The ${identity.platform} identity ${identity.platformUserId} belongs to ${holder._id} already.`,
        this.collection.name,
      );
    }
    if (pointedAt !== personId) await this.identities.pointAt(identity, personId);
  }

  /** Whoever's record holds the identity, apart from `except`: a search of the people on the embedded server. */
  private async searchHolder(identity: PlatformIdentity, except?: string): Promise<Person | null> {
    const field = identity.platform === 'teams' ? 'identities.teamsAadObjectId' : 'identities.slackUserId';
    const filter = { [field]: identity.platformUserId, ...(except ? { _id: { $ne: except } } : {}) };
    return this.collection.read(await this.collection[driver].findOne(filter));
  }
}
