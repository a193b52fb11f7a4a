/**
 * A new firm registers itself, anonymously: the organisation (pending until a coordinator of
 * its region decides), its first HR user, who can sign in at once and sees only the status,
 * and the mails to that user and to the region's coordinators, all in one transaction.
 *
 * The door is open to anyone, so registrations are limited per client address, and a repeated
 * submission of the same registration (a double click, a retry after a lost answer) answers
 * as the first one did instead of creating a second firm.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { memberships, organisations, regions, users } from '~/db/schema';
import { sectorValues, sizeBandValues } from '~/db/schema/enums';
import { locales } from '~/i18n/config';
import { normaliseEmail } from '~/server/auth/identity';
import { hashPassword, verifyPassword } from '~/server/auth/password';
import type { ApprovalStatus } from '~/server/auth/roles';
import { newPassword, passwordProblemWithEmail } from '~/server/auth/password-policy';
import { sqlStateOf } from '~/server/lib/database-errors';
import { conflict, invalid, TooManyAttempts } from '~/server/lib/errors';
import { emailAddress, singleLineText, whenValid } from '~/server/lib/input';
import { locatePostcode, type PostcodePlace } from '~/server/lib/postcodes';
import { attemptWithin } from '~/server/lib/throttle';
import { recordAudit } from './audit';
import { queueRegistrationReceived, queueRegistrationToReview, regionCoordinators } from './organisation-mail';

const POSTCODE = /^([1-9]\d{3})\s?([A-Za-z]{2})$/;

/** One flat form, so that every refusal names the field it is about. */
export const organisationRegistrationInput = z
  .object({
    organisationName: singleLineText({ min: 2, max: 200, minMessage: 'needs the name of the organisation' }),
    kvkNumber: z
      .string()
      .trim()
      .regex(/^\d{8}$/, 'must be the 8 digits of the KvK number (Chamber of Commerce)'),
    sector: z.enum(sectorValues, 'must be one of the sectors in the list'),
    sizeBand: z.enum(sizeBandValues, 'must be one of the sizes in the list'),
    /** Street and house number. */
    street: singleLineText({ min: 3, max: 200, minMessage: 'needs the street and house number' }),
    /** A Dutch postcode, "5611 AB" or "5611ab"; stored as "5611 AB". */
    postalCode: z
      .string()
      .trim()
      .regex(POSTCODE, 'must be a Dutch postcode such as 5611 AB')
      .transform((p) =>
        p.replace(POSTCODE, (_, digits: string, letters: string) => `${digits} ${letters.toUpperCase()}`),
      ),
    city: singleLineText({ min: 2, max: 100, minMessage: 'needs the town' }),
    /** One of `region.listPublic`. */
    regionId: z.uuid('must be one of the regions in the list'),
    /** The first HR user: their name, e-mail address (the login), password and language. */
    fullName: singleLineText({ min: 2, max: 200, minMessage: 'needs your name' }),
    email: emailAddress(),
    password: newPassword(),
    locale: z.enum(locales, 'must be nl or en'),
  })
  .superRefine(
    (input, ctx) => {
      const problem = passwordProblemWithEmail(input.password, input.email);
      if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    },
    { when: whenValid('email', 'password') },
  );
export type OrganisationRegistration = z.infer<typeof organisationRegistrationInput>;

/** Who registers: an anonymous visitor, known only by the request. */
export interface Visitor {
  /** The client's address as the app's own server saw it; null when unknown (then no limit applies). */
  clientAddress: string | null;
  /** The app's public origin, for the links in the mails. */
  origin: string;
}

/**
 * Registrations per client address: enough for a typing error or two and a few firms behind
 * one address (a business centre), far too few to fill a coordinator's queue with made-up
 * firms or to probe which e-mail addresses have an account. Every attempt that passes the
 * input checks counts, whether it succeeds or not.
 */
export const registrationLimits = { perWindow: 10, windowSeconds: 60 * 60 };

/** What the registering person sees afterwards: the firm, its (pending) status and where to sign in. */
export interface RegistrationResult {
  organisation: { id: string; name: string; approvalStatus: ApprovalStatus };
  region: { id: string; name: string };
  /** The address to sign in with. */
  email: string;
}

type Checked =
  | { kind: 'new'; region: { id: string; name: string }; place: PostcodePlace }
  | { kind: 'repeat'; result: RegistrationResult };

export async function registerOrganisation(
  db: Database,
  visitor: Visitor,
  input: OrganisationRegistration,
): Promise<RegistrationResult> {
  await limitPerAddress(db, visitor);
  const checked = await checkRegistration(db, input);
  if (checked.kind === 'repeat') return checked.result;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction((tx) => writeRegistration(tx, visitor, input, checked, passwordHash));
  } catch (error) {
    if (sqlStateOf(error) !== '23505') throw error;
    // Another request registered the same firm or address in the meantime (a double click):
    // the checks now see it and answer as they would have had it come first.
    const again = await checkRegistration(db, input);
    if (again.kind === 'repeat') return again.result;
    throw error;
  }
}

async function limitPerAddress(db: Database, visitor: Visitor) {
  if (!visitor.clientAddress) return;
  const attempt = await attemptWithin(db, `registration:address:${visitor.clientAddress}`, registrationLimits);
  if (attempt.allowed) return;
  const minutes = Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60));
  throw new TooManyAttempts(
    `Too many registrations from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    attempt.retryAfterSeconds,
  );
}

/** Everything that can be refused, checked before anything is written; or the earlier answer to the same registration. */
async function checkRegistration(db: Database, input: OrganisationRegistration): Promise<Checked> {
  const [region] = await db
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(eq(regions.id, input.regionId));
  if (!region) throw invalid('Choose one of the regions in the list.', 'regionId');
  const place = locatePostcode(input.postalCode, input.city);
  if (!place)
    throw invalid(`Postcode ${input.postalCode} is not a Dutch postcode we know; please check it.`, 'postalCode');

  const [registered] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.regionId, region.id), eq(organisations.kvkNumber, input.kvkNumber)));
  if (registered) {
    const repeat = await sameRegistration(db, registered, region, input);
    if (repeat) return { kind: 'repeat', result: repeat };
    throw conflict(
      `An organisation with KvK number ${input.kvkNumber} is already registered in this region. If it is yours, sign in to see its status.`,
      'kvkNumber',
    );
  }
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normaliseEmail(input.email)));
  if (account) {
    throw conflict(
      'There is already an account with this e-mail address: sign in with it, or use another address.',
      'email',
    );
  }
  return { kind: 'new', region, place };
}

/**
 * The earlier answer when this is the very registration that created `registered`: the same
 * firm, address and HR user, with the same password (so that only the person who registered
 * gets the answer). Anything else is another registration of a KvK number already taken.
 */
async function sameRegistration(
  db: Database,
  registered: typeof organisations.$inferSelect,
  region: { id: string; name: string },
  input: OrganisationRegistration,
): Promise<RegistrationResult | null> {
  const sameFirm =
    registered.name === input.organisationName &&
    registered.sector === input.sector &&
    registered.sizeBand === input.sizeBand &&
    registered.street === input.street &&
    registered.postalCode === input.postalCode &&
    registered.city === input.city;
  if (!sameFirm) return null;
  const [hr] = await db
    .select({ name: users.name, locale: users.locale, passwordHash: users.passwordHash })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(
        eq(users.email, normaliseEmail(input.email)),
        eq(memberships.role, 'employer'),
        eq(memberships.organisationId, registered.id),
      ),
    );
  if (!hr?.passwordHash || hr.name !== input.fullName || hr.locale !== input.locale) return null;
  if (!(await verifyPassword(hr.passwordHash, input.password))) return null;
  return resultOf(registered, region, input.email);
}

async function writeRegistration(
  tx: Database,
  visitor: Visitor,
  input: OrganisationRegistration,
  checked: Extract<Checked, { kind: 'new' }>,
  passwordHash: string,
): Promise<RegistrationResult> {
  const { region, place } = checked;
  const [firm] = await tx
    .insert(organisations)
    .values({
      regionId: region.id,
      name: input.organisationName,
      kvkNumber: input.kvkNumber,
      sector: input.sector,
      sizeBand: input.sizeBand,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      lat: place.lat,
      lon: place.lon,
      approvalStatus: 'pending',
    })
    .returning();
  const [hr] = await tx
    .insert(users)
    .values({ name: input.fullName, email: normaliseEmail(input.email), passwordHash, locale: input.locale })
    .returning({ id: users.id, name: users.name, email: users.email, locale: users.locale });
  if (!firm || !hr) throw new Error('registration insert returned nothing');
  await tx
    .insert(memberships)
    .values({ userId: hr.id, role: 'employer', organisationId: firm.id, regionId: region.id });
  await recordAudit(tx, {
    actorUserId: hr.id,
    action: 'organisation.register',
    subjectType: 'organisation',
    subjectId: firm.id,
    regionId: region.id,
    organisationId: firm.id,
    metadata: { kvkNumber: firm.kvkNumber },
  });
  const mail = { firm, regionName: region.name, hr, origin: visitor.origin };
  await queueRegistrationReceived(tx, mail);
  await queueRegistrationToReview(tx, { ...mail, coordinators: await regionCoordinators(tx, region.id) });
  return resultOf(firm, region, hr.email);
}

function resultOf(
  firm: typeof organisations.$inferSelect,
  region: { id: string; name: string },
  email: string,
): RegistrationResult {
  return {
    organisation: { id: firm.id, name: firm.name, approvalStatus: firm.approvalStatus },
    region,
    email: normaliseEmail(email),
  };
}
