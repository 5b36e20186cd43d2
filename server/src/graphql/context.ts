import type { DataSource } from 'typeorm';
import { ReferenceService } from '../modules/reference/reference.service';
import { createSupporterLoaders, type SupporterLoaders } from '../modules/supporter/supporter.loaders';
import { SupporterService } from '../modules/supporter/supporter.service';

/** Who is calling. Accounts arrive in a later issue; until then every caller is anonymous. */
export interface Viewer {
  canSeeContactDetails: boolean;
}

/** Long-lived services, created once per server. */
export interface Services {
  reference: ReferenceService;
  supporters: SupporterService;
}

export interface RequestContext {
  services: Services;
  loaders: { supporters: SupporterLoaders };
  viewer: Viewer | null;
}

export function createServices(dataSource: DataSource): Services {
  const reference = new ReferenceService(dataSource);
  return { reference, supporters: new SupporterService(dataSource, reference) };
}

/** A fresh context per request, so DataLoader caches never outlive it. */
export function createRequestContext(dataSource: DataSource, services: Services): RequestContext {
  return {
    services,
    loaders: { supporters: createSupporterLoaders(dataSource, services.reference) },
    viewer: null,
  };
}
