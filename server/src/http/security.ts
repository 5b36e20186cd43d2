import compression from 'compression';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config';

/**
 * Security headers for the pages and the API. The content security policy allows only this
 * origin's scripts, styles, images, fonts and API calls: the built client needs nothing else
 * (no inline scripts, no third-party hosts), and e2e checks Chromium reports no violation.
 */
export function securityHeaders(config: Pick<AppConfig, 'secureCookies'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
        // Only where the site is served over HTTPS (secure cookies): on plain http it would break every request.
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/** gzip or brotli for anything over 1 KiB that the client accepts compressed. */
export function compressResponses(): RequestHandler {
  return compression({ threshold: 1024 });
}
