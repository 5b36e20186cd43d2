import type { Request, Response } from 'express';

/** What a resolver needs about the HTTP exchange: the client address and a way to set cookies. */
export interface HttpExchange {
  clientAddress: string;
  setCookie: (name: string, value: string, options: { expires?: Date; maxAgeMs?: number }) => void;
  clearCookie: (name: string) => void;
}

/** Cookie handling for one Express exchange (httpOnly, SameSite=Lax, Secure when configured). */
export function httpExchange(req: Request, res: Response, secure: boolean): HttpExchange {
  return {
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    setCookie: (name, value, { expires, maxAgeMs }) =>
      res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires, maxAge: maxAgeMs }),
    clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
  };
}
