import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_TYPE_DESCRIPTIONS, SUPPORT_TYPE_LABELS, SupportType, enumValues, labelOf } from '@tsunagu/shared';
import { StatusMessage } from '../../../components/StatusMessage';
import { CheckboxGroup } from '../../../components/form-fields';
import { useLocale } from '../../../i18n';

interface SupportTypePriorityProps {
  id: string;
  /** Most important first. */
  value: readonly SupportType[];
  error?: string;
  onChange: (value: SupportType[]) => void;
}

type MoveButton = 'up' | 'down';

/**
 * Wanted support types in priority order: checking a type adds it last, and the chosen ones are
 * reordered with 「上へ」「下へ」 buttons (no dragging, so keyboards and screen readers can do it).
 * Each move is announced; focus stays on the moved type's button.
 */
export function SupportTypePriority({ id, value, error, onChange }: SupportTypePriorityProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ type: SupportType; button: MoveButton } | null>(null);
  const label = (type: SupportType) => labelOf(SUPPORT_TYPE_LABELS, type, locale);

  useEffect(() => {
    if (!focusAfterMove) return;
    const { type, button } = focusAfterMove;
    const index = value.indexOf(type);
    // At the top 「上へ」 is disabled (at the bottom 「下へ」): keep focus on the other button.
    const usable = (button === 'up' && index > 0) || (button === 'down' && index < value.length - 1) ? button : button === 'up' ? 'down' : 'up';
    document.getElementById(`${id}-${type}-${usable}`)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, id, value]);

  // Checking keeps the existing order and appends the newly chosen type at the end.
  const choose = (selected: SupportType[]) => {
    const kept = value.filter((type) => selected.includes(type));
    const added = selected.filter((type) => !value.includes(type));
    onChange([...kept, ...added]);
    setAnnouncement('');
  };

  const move = (index: number, offset: -1 | 1) => {
    const next = [...value];
    const [type] = next.splice(index, 1);
    next.splice(index + offset, 0, type);
    onChange(next);
    setAnnouncement(t('requestForm.movedTo', { label: label(type), position: index + offset + 1 }));
    setFocusAfterMove({ type, button: offset < 0 ? 'up' : 'down' });
  };

  return (
    <>
      <CheckboxGroup
        id={id}
        name="supportTypes"
        legend={t('requestForm.supportTypes')}
        hint={t('requestForm.supportTypesHint')}
        required
        error={error}
        options={enumValues(SupportType).map((supportType) => ({
          value: supportType,
          label: label(supportType),
          description: labelOf(SUPPORT_TYPE_DESCRIPTIONS, supportType, locale),
        }))}
        selected={value}
        onChange={choose}
      />
      {value.length > 0 && (
        <section className="priority" aria-labelledby={`${id}-priority-heading`}>
          <h3 id={`${id}-priority-heading`} className="priority__heading">
            {t('requestForm.priorityHeading')}
          </h3>
          <p className="field-hint">{t('requestForm.priorityHint')}</p>
          <ol className="priority__list">
            {value.map((type, index) => (
              <li key={type} className="priority__item">
                <span className="priority__label">{label(type)}</span>
                <span className="priority__buttons">
                  <button
                    type="button"
                    id={`${id}-${type}-up`}
                    className="button button--secondary button--small"
                    disabled={index === 0}
                    aria-label={t('requestForm.moveUpLabel', { label: label(type) })}
                    onClick={() => move(index, -1)}
                  >
                    {t('requestForm.moveUp')}
                  </button>
                  <button
                    type="button"
                    id={`${id}-${type}-down`}
                    className="button button--secondary button--small"
                    disabled={index === value.length - 1}
                    aria-label={t('requestForm.moveDownLabel', { label: label(type) })}
                    onClick={() => move(index, 1)}
                  >
                    {t('requestForm.moveDown')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <StatusMessage visuallyHidden>{announcement}</StatusMessage>
    </>
  );
}
