// This visit's outcome measures (each optional): night pain, pain on stairs, the
// patient's own activities (PSK), single-leg stance seconds, hip abduction strength, and
// at follow-ups the global perceived effect. Pain during loading is the pain check's.
import type { ComponentProps } from 'preact';
import type { MeasureId } from '../../content/schema';
import { t } from '../../utils/browser/i18n';
import {
  GPE_MAX,
  GPE_MIN,
  PSK_MAX,
  SLS_MAX_SECONDS,
  STRENGTH_UNITS,
  type StrengthUnit,
} from '../../utils/progress/visit-measures';
import { useModels } from '../models';
import { NumberField } from './NumberField';
import { ScoreRow } from './ScoreRow';

const STRENGTH_MAX = 9999;
const GPE_SCALE = { min: GPE_MIN, max: GPE_MAX, signed: true };
type ScoredMeasure = 'nightPain' | 'stairsPain' | 'gpe';

export function MeasureInputs() {
  const { language } = useModels().panel;
  const { condition, state, setMeasures, setPsk, setSlsSecondsToPain } = useModels().consult;
  const measures = condition.value.measures;
  if (!measures) return null;
  const lang = language.value;
  const question = (id: MeasureId) => measures.items.find((m) => m.id === id)?.question[lang] ?? id;
  const label = (id: MeasureId) => measures.items.find((m) => m.id === id)?.label[lang] ?? id;
  const { measures: values, previousNote } = state.value;
  // One empty activity row more than those named, up to the maximum.
  const named = values.psk.filter((entry) => entry.activity.trim()).length;
  const rows = Math.min(PSK_MAX, Math.max(values.psk.length, named + 1));
  const psk = Array.from({ length: rows }, (_, i) => values.psk[i] ?? { activity: '', score: null });
  // A measure scored with one row of radio buttons (night pain, stairs, GPE).
  const score = (id: ScoredMeasure, name: string, more: Partial<ComponentProps<typeof ScoreRow>> = {}) => (
    <ScoreRow
      name={name}
      legend={question(id)}
      itemName={label(id)}
      value={values[id]}
      onChange={(value) => setMeasures({ [id]: value })}
      {...more}
    />
  );

  return (
    <div class="space-y-4" lang={lang}>
      {score('nightPain', 'night-pain')}
      {score('stairsPain', 'stairs-pain')}
      <fieldset class="space-y-3">
        <legend class="mb-1 font-semibold">{question('psk')}</legend>
        {psk.map((entry, i) => (
          <div key={i} class="space-y-1 rounded-md border border-stone-200 p-2 dark:border-stone-700">
            <label class="block text-sm font-medium">
              {t('pskActivity', String(i + 1))}
              <input
                type="text"
                value={entry.activity}
                maxLength={60}
                onInput={(e) => setPsk(i, { activity: e.currentTarget.value })}
                class="mt-1 block min-h-11 w-full rounded-md border border-stone-400 bg-white px-2 dark:border-stone-500 dark:bg-stone-900"
              />
            </label>
            {entry.activity.trim() && (
              <ScoreRow
                name={`psk-${i}`}
                legend={t('pskScore', String(i + 1))}
                itemName={`${label('psk')} ${entry.activity.trim()}`}
                value={entry.score}
                onChange={(score) => setPsk(i, { score })}
              />
            )}
          </div>
        ))}
      </fieldset>
      <NumberField
        id="sls-seconds"
        label={question('slsSeconds')}
        value={state.value.slsSecondsToPain}
        onChange={setSlsSecondsToPain}
        max={SLS_MAX_SECONDS}
        invalid={t('numberInvalid', String(SLS_MAX_SECONDS))}
        suffix="s"
      />
      <NumberField
        id="abduction-strength"
        label={question('abductionStrength')}
        value={values.strength}
        onChange={(strength) => setMeasures({ strength })}
        max={STRENGTH_MAX}
        decimals
        invalid={t('numberInvalid', String(STRENGTH_MAX))}
      >
        <select
          aria-label={t('strengthUnit')}
          value={values.strengthUnit}
          onChange={(e) => setMeasures({ strengthUnit: e.currentTarget.value as StrengthUnit })}
          class="min-h-11 rounded-md border border-stone-400 bg-white px-2 dark:border-stone-500 dark:bg-stone-900"
        >
          {STRENGTH_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </select>
      </NumberField>
      {previousNote ? (
        score('gpe', 'gpe', { legend: `${question('gpe')} ${measures.words.gpeScale[lang]}`, ...GPE_SCALE })
      ) : (
        <p class="text-sm text-stone-600 dark:text-stone-400">
          <span class="font-semibold">{question('gpe')}:</span> {t('gpeFollowUpOnly')}
        </p>
      )}
    </div>
  );
}
