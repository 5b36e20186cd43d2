import { useTranslation } from 'react-i18next';
import { REQUEST_FORM_STEPS } from '../request-form';

interface RequestStepIndicatorProps {
  /** 0-based index of the step on screen. */
  current: number;
  /** Jumps to a step; absent until the draft exists (the first step must be saved first). */
  onSelect?: (index: number) => void;
}

/** ①〜⑤ of the request form: where the user is, and (once saved) a way back to any step. */
export function RequestStepIndicator({ current, onSelect }: RequestStepIndicatorProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('requestForm.stepsLabel')} className="wizard-steps">
      <ol className="wizard-steps__list">
        {REQUEST_FORM_STEPS.map((step, index) => {
          const content = (
            <>
              <span className="wizard-steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="visually-hidden">{t('requestForm.stepNumber', { number: index + 1 })}</span>
              <span className="wizard-steps__name">{t(`requestForm.steps.${step}`)}</span>
            </>
          );
          const state = index === current ? ' wizard-steps__item--current' : index < current ? ' wizard-steps__item--done' : '';
          return (
            <li key={step} className={`wizard-steps__item${state}`}>
              {onSelect && index !== current ? (
                <button type="button" className="wizard-steps__link" onClick={() => onSelect(index)}>
                  {content}
                </button>
              ) : (
                <span className="wizard-steps__link" aria-current={index === current ? 'step' : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
