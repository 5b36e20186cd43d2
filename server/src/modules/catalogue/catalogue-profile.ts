import type { ServicePlace } from '@tsunagu/shared';
import { SupporterProfile } from '../supporter/supporter-profile.entity';
import type { CatalogueDisplay, CatalogueEntry } from './catalogue-store';

/** The service areas of profiles made from catalogue entries (so a result page needs no SQL for them). */
const areas = new WeakMap<SupporterProfile, readonly ServicePlace[]>();

/**
 * A catalogue entry as the GraphQL SupporterProfile. The description, fee notes, website,
 * contact, verification reason and the bookkeeping dates are not kept in memory: they stay
 * undefined here, and their field resolvers read them (batched) when a client asks.
 */
export function profileOf(entry: CatalogueEntry, display: CatalogueDisplay): SupporterProfile {
  const profile = new SupporterProfile();
  profile.id = entry.id;
  profile.name = display.name;
  profile.kana = display.kana;
  profile.kind = entry.kind;
  profile.summary = display.summary;
  profile.supportTypes = entry.supportTypes as SupporterProfile['supportTypes'];
  profile.remoteAvailable = entry.remoteAvailable;
  profile.frameworks = entry.frameworks as SupporterProfile['frameworks'];
  profile.capacity = entry.capacity;
  profile.currentLoad = entry.currentLoad;
  profile.availability = entry.availability;
  profile.availabilityConfirmedAt = new Date(entry.availabilityConfirmedAt);
  profile.steps = entry.steps as SupporterProfile['steps'];
  profile.yearsActive = entry.yearsActive;
  profile.verificationStatus = entry.verificationStatus;
  profile.ownerOrganizationId = entry.ownerOrganizationId;
  profile.archivedAt = null;
  areas.set(profile, entry.serviceArea);
  return profile;
}

/** The service area a catalogue profile came with, or undefined for a profile read from SQL. */
export function catalogueServiceArea(profile: SupporterProfile): readonly ServicePlace[] | undefined {
  return areas.get(profile);
}

/** Whether the profile lacks the text the catalogue does not keep (description, fee notes, website, contact, reason). */
export function lacksDetails(profile: SupporterProfile): boolean {
  return profile.description === undefined;
}
