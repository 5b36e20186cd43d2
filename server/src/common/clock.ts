/**
 * Where the server reads the time. Everything with a deadline or a schedule asks the clock, so tests
 * move time forward instead of sleeping.
 */
export interface Clock {
  now(): Date;
}

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until a test moves it. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Jumps to `date`. */
  set(date: Date): void {
    this.current = date.getTime();
  }

  /** Moves forward by `ms` milliseconds (days: `advance(3 * DAY_MS)`). */
  advance(ms: number): void {
    this.current += ms;
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The Japanese calendar day (YYYY-MM-DD) of an instant (Japan keeps no daylight saving time). */
export function jstDate(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}
