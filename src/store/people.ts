import type { Db } from 'mongodb';
import { personSchema, type Person } from '../domain/people/person.js';
import type { Role } from '../domain/people/roles.js';
import { ValidatedCollection, type DeclaredIndex } from './validated-collection.js';

const indexes: DeclaredIndex[] = [
  {
    name: 'teams_identity_unique',
    key: { 'identities.teamsAadObjectId': 1 },
    unique: true,
    sparse: true,
    serves: 'findByTeamsId',
  },
  {
    name: 'slack_identity_unique',
    key: { 'identities.slackUserId': 1 },
    unique: true,
    sparse: true,
    serves: 'findBySlackId',
  },
  { name: 'district_roles', key: { districtIds: 1, roles: 1 }, serves: 'withRoleInDistrict' },
  { name: 'roles', key: { roles: 1 }, serves: 'withRole' },
];

/** The people the bot knows, with their roles and the platform identities that recognise them. */
export class PersonRepository {
  readonly collection: ValidatedCollection<Person>;

  constructor(db: Db) {
    this.collection = new ValidatedCollection(db, 'people', personSchema, indexes);
  }

  save(person: Person): Promise<Person> {
    return this.collection.replaceById(person);
  }

  findById(id: string): Promise<Person | null> {
    return this.collection.findById(id);
  }

  async findByTeamsId(aadObjectId: string): Promise<Person | null> {
    return this.collection.read(await this.collection.raw.findOne({ 'identities.teamsAadObjectId': aadObjectId }));
  }

  async findBySlackId(slackUserId: string): Promise<Person | null> {
    return this.collection.read(await this.collection.raw.findOne({ 'identities.slackUserId': slackUserId }));
  }

  /** Everyone holding a role county-wide, e.g. the QA managers to alert about a safeguarding concern. */
  async withRole(role: Role): Promise<Person[]> {
    return this.collection.readAll(await this.collection.raw.find({ roles: role }).sort({ displayName: 1 }).toArray());
  }

  async withRoleInDistrict(role: Role, districtId: string): Promise<Person[]> {
    const found = await this.collection.raw
      .find({ districtIds: districtId, roles: role })
      .sort({ displayName: 1 })
      .toArray();
    return this.collection.readAll(found);
  }
}
