import { ImportCellReason, ImportField, ImportKind, ImportNoticeReason, ImportRowStatus, OptimizationState, RmoActivity, RmoChallenge, RmoLegalForm, suggestImportMapping } from '@tsunagu/shared';
import { checkRmoRows } from './rmo-rows';

describe('RMO list import', () => {
  it('suggests fields from an RMO list’s headers', () => {
    expect(suggestImportMapping(ImportKind.RMO_LIST, ['No.', '組織名', '区域', '法人格', '設立年', '主な活動', '課題', '見直しの状況'])).toEqual([
      null,
      ImportField.NAME,
      ImportField.AREA_UNIT,
      ImportField.LEGAL_FORM,
      ImportField.FOUNDED_YEAR,
      ImportField.ACTIVITIES,
      ImportField.CHALLENGES,
      ImportField.OPTIMIZATION_STATE,
    ]);
  });

  it('reads activities and challenges from free text, keeps the rest as その他 with a note, and flags what it assumed', () => {
    const mapping = new Map([
      [ImportField.NAME, 0],
      [ImportField.LEGAL_FORM, 1],
      [ImportField.FOUNDED_YEAR, 2],
      [ImportField.ACTIVITIES, 3],
      [ImportField.CHALLENGES, 4],
      [ImportField.OPTIMIZATION_STATE, 5],
    ]);
    const rows = checkRmoRows(
      [
        ['山北地区まちづくり協議会', '認可地縁団体', '2015', '祭り・イベント、防災訓練、伝統芸能の継承', '役員の高齢化・担い手不足', '活動のみ見直した'],
        ['朝日地区振興会', '', '2050年', '交流活動', '', ''],
        ['神林地区協議会', 'NPO', '', '', '', 'まあまあ'],
        ['山北地区まちづくり協議会', '', '', '', '', ''],
      ],
      mapping,
      2026,
    );
    expect(rows.map((r) => r.status)).toEqual([ImportRowStatus.VALID, ImportRowStatus.INVALID, ImportRowStatus.INVALID, ImportRowStatus.INVALID]);
    expect(rows[0].draft).toEqual({
      name: '山北地区まちづくり協議会',
      areaUnit: null,
      legalForm: RmoLegalForm.AUTHORIZED_NEIGHBORHOOD_ASSOCIATION,
      foundedYear: 2015,
      activities: [RmoActivity.FESTIVALS, RmoActivity.DISASTER_PREVENTION, RmoActivity.OTHER],
      activitiesNote: '伝統芸能の継承',
      challenges: [RmoChallenge.AGEING_OFFICERS, RmoChallenge.TOO_FEW_PEOPLE],
      challengesNote: null,
      optimizationState: OptimizationState.ACTIVITIES_ONLY,
    });
    expect(rows[0].notices.map((n) => n.reason)).toEqual([
      ImportNoticeReason.ACTIVITY_GUESSED,
      ImportNoticeReason.KEPT_AS_OTHER,
      ImportNoticeReason.CHALLENGE_GUESSED,
    ]);
    // Exact labels are certain and not listed: 「祭り・イベント」, 「役員の高齢化」.
    expect(rows[0].notices.map((n) => n.text)).toEqual(['防災訓練', '伝統芸能の継承', '担い手不足']);
    expect(rows[1].problems.map((p) => [p.field, p.reason, p.params])).toEqual([[ImportField.FOUNDED_YEAR, ImportCellReason.OUT_OF_RANGE, { min: 1900, max: 2026 }]]);
    expect(rows[1].notices.map((n) => n.reason)).toEqual([ImportNoticeReason.LEGAL_FORM_DEFAULTED, ImportNoticeReason.OPTIMIZATION_STATE_DEFAULTED]);
    expect(rows[2].problems.map((p) => p.reason)).toEqual([ImportCellReason.UNKNOWN_OPTIMIZATION_STATE]);
    expect(rows[3].problems).toEqual([{ column: 0, field: ImportField.NAME, reason: ImportCellReason.DUPLICATE_IN_FILE, params: { row: 2 } }]);
  });
});
