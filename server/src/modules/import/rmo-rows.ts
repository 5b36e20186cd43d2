import {
  ImportCellReason,
  ImportField,
  ImportNoticeReason,
  ImportRowStatus,
  OptimizationState,
  REQUEST_LIMITS,
  RmoActivity,
  RmoChallenge,
  RmoLegalForm,
  mapOptimizationState,
  mapRmoActivities,
  mapRmoChallenges,
  mapRmoLegalForm,
} from '@tsunagu/shared';
import type { ImportCell } from './import-file';
import { rowReader, type CheckedRow, type ImportMapping } from './roster-rows';

/** An RMO record as a row would write it. */
export interface RmoDraft {
  name: string;
  areaUnit: string | null;
  legalForm: RmoLegalForm;
  foundedYear: number | null;
  activities: RmoActivity[];
  activitiesNote: string | null;
  challenges: RmoChallenge[];
  challengesNote: string | null;
  optimizationState: OptimizationState;
}

export interface RmoRow extends CheckedRow {
  draft: RmoDraft | null;
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const NOTE_MAX = REQUEST_LIMITS.rmoNoteMaxLength;

/**
 * Checks every row of an RMO list: the name is required; activities and challenges are read from
 * free text (guesses flagged, the rest kept as その他 with the text as its note); a missing legal form
 * or review state takes the survey's most common answer, flagged. Repeats within the file are errors;
 * repeats of the municipality's recorded RMOs are marked by the caller.
 */
export function checkRmoRows(rows: readonly ImportCell[][], mapping: ImportMapping, currentYear: number): RmoRow[] {
  const seen = new Map<string, number>();
  return rows.map((cells, index) => {
    const rowNumber = index + 2;
    const { problems, notices, problem, notice, text, typed, required, maxChars, wholeNumber } = rowReader(cells, mapping);
    const name = maxChars(ImportField.NAME, required(ImportField.NAME, typed(ImportField.NAME)), REQUEST_LIMITS.rmoNameMaxLength);
    const areaUnit = maxChars(ImportField.AREA_UNIT, text(ImportField.AREA_UNIT), REQUEST_LIMITS.areaUnitMaxLength);

    const legalText = text(ImportField.LEGAL_FORM);
    const legal = legalText ? mapRmoLegalForm(legalText) : null;
    if (legal && !legal.certain) notice(ImportField.LEGAL_FORM, ImportNoticeReason.LEGAL_FORM_GUESSED, legal.text, legal.value);
    if (!legal) notice(ImportField.LEGAL_FORM, ImportNoticeReason.LEGAL_FORM_DEFAULTED, legalText, RmoLegalForm.VOLUNTARY_ASSOCIATION);

    const foundedYear = wholeNumber(ImportField.FOUNDED_YEAR, text(ImportField.FOUNDED_YEAR), REQUEST_LIMITS.foundedYearMin, currentYear);

    const list = <T extends string>(field: ImportField, read: (text: string) => { mapped: { text: string; value: T; certain: boolean }[]; unknown: string[] }, guessed: ImportNoticeReason, other: T) => {
      const result = read(text(field));
      for (const guess of result.mapped.filter((m) => !m.certain)) notice(field, guessed, guess.text, guess.value);
      const values = result.mapped.map((m) => m.value);
      if (result.unknown.length > 0) {
        notice(field, ImportNoticeReason.KEPT_AS_OTHER, result.unknown.join('、'), other);
        if (!values.includes(other)) values.push(other);
      }
      return { values, note: result.unknown.length > 0 ? result.unknown.join('、').slice(0, NOTE_MAX) : null };
    };
    const activities = list(ImportField.ACTIVITIES, mapRmoActivities, ImportNoticeReason.ACTIVITY_GUESSED, RmoActivity.OTHER);
    const challenges = list(ImportField.CHALLENGES, mapRmoChallenges, ImportNoticeReason.CHALLENGE_GUESSED, RmoChallenge.OTHER);

    const stateText = text(ImportField.OPTIMIZATION_STATE);
    const state = stateText ? mapOptimizationState(stateText) : null;
    if (stateText && !state) problem(ImportField.OPTIMIZATION_STATE, ImportCellReason.UNKNOWN_OPTIMIZATION_STATE, { values: stateText });
    if (!stateText) notice(ImportField.OPTIMIZATION_STATE, ImportNoticeReason.OPTIMIZATION_STATE_DEFAULTED, '', OptimizationState.NEITHER);

    if (name && problems.length === 0) {
      const key = fold(name);
      const earlier = seen.get(key);
      if (earlier !== undefined) problem(ImportField.NAME, ImportCellReason.DUPLICATE_IN_FILE, { row: earlier });
      else seen.set(key, rowNumber);
    }
    const valid = problems.length === 0;
    return {
      rowNumber,
      status: valid ? ImportRowStatus.VALID : ImportRowStatus.INVALID,
      name,
      problems,
      notices,
      duplicateOf: null,
      draft: valid
        ? {
            name,
            areaUnit: areaUnit || null,
            legalForm: legal?.value ?? RmoLegalForm.VOLUNTARY_ASSOCIATION,
            foundedYear,
            activities: activities.values,
            activitiesNote: activities.note,
            challenges: challenges.values,
            challengesNote: challenges.note,
            optimizationState: state ?? OptimizationState.NEITHER,
          }
        : null,
    };
  });
}

/** The key an RMO of a municipality is told apart by: its folded name. */
export function rmoNameKey(name: string): string {
  return fold(name);
}
