// One setting, drawn from its row and its schema: the control, a hint, what is wrong
// with a refused value, and "locked by the practice" when the clinic's policy fixed it
// (the control is then disabled).
import { useState } from 'preact/hooks';
import { CONTENT_LANGUAGES } from '../../content/schema';
import { type MessageKey, t } from '../../utils/browser/i18n';
import { choicesOf, kindOf, requirementOf, type SettingKey } from '../../utils/settings/settings-schema';
import { Checkbox } from '../Checkbox';
import { Icon } from '../Icon';
import { useModels } from '../models';
import { RadioGroup } from '../RadioGroup';
import type { SettingRow } from './setting-rows';

const input =
  'min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 disabled:bg-stone-100 disabled:text-stone-600 dark:border-stone-500 dark:bg-stone-800 dark:disabled:bg-stone-700 dark:disabled:text-stone-300';

const idOf = (key: SettingKey) => `setting-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function Control({ row, described }: { row: SettingRow; described: string | undefined }) {
  const { effective, set, locked, refused } = useModels().settings;
  const { key } = row;
  const value = effective.value[key];
  const disabled = locked.value.includes(key);
  const id = idOf(key);
  // While the therapist types in a field (or a refused number stands there with its
  // message), a save of another setting re-renders every field: the field's own text is
  // left alone (value undefined), not put back to the stored value.
  const [typing, setTyping] = useState(false);
  const typed = { onFocus: () => setTyping(true), onBlur: () => setTyping(false) };
  // A field the practice locks meanwhile shows the locked value, typing or not.
  const shown = <T,>(stored: T): T | undefined =>
    !disabled && (typing || refused.value.includes(key)) ? undefined : stored;
  const change = (next: unknown) => void set(key, next as never);
  const text = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    change(e.currentTarget.value);
  // Choices come from the schema (their order too); a number choice (4 | 5) is set as a number.
  const labels: Partial<Record<string, MessageKey>> = row.choices ?? {};
  const choices = choicesOf(key).map(
    (choice) => [String(choice), labels[String(choice)] ?? row.label] as const,
  );
  const pick = (raw: string) => change(choicesOf(key).find((choice) => String(choice) === raw));
  const label = (
    <label for={id} class="block font-semibold">
      {t(row.label)}
    </label>
  );
  switch (kindOf(key)) {
    case 'boolean':
      return (
        <Checkbox id={id} checked={value === true} disabled={disabled} onToggle={() => change(!value)}>
          {t(row.label)}
        </Checkbox>
      );
    case 'choice':
      if (row.as !== 'select') {
        return (
          <RadioGroup
            name={id}
            legend={row.label}
            options={choices}
            value={String(value)}
            disabled={disabled}
            onChange={pick}
          />
        );
      }
      return (
        <>
          {label}
          <select
            id={id}
            class={input}
            value={String(value)}
            disabled={disabled}
            aria-describedby={described}
            onChange={(e) => pick(e.currentTarget.value)}
          >
            {choices.map(([choice, words]) => (
              <option
                key={choice}
                value={choice}
                lang={CONTENT_LANGUAGES.includes(choice as 'nl') ? choice : undefined}
              >
                {t(words)}
              </option>
            ))}
          </select>
        </>
      );
    case 'number': {
      // Saved on leaving the field or on Enter, not at every `change`: each step of a held
      // arrow key fires one, and storage.sync takes 120 writes a minute. Unchanged, nothing
      // is saved; a refused value is checked again, so its message can go.
      const commitNumber = (field: HTMLInputElement) => {
        const changed = field.validity.badInput || field.valueAsNumber !== effective.peek()[key];
        if (changed || refused.value.includes(key)) change(field.valueAsNumber);
      };
      return (
        <>
          {label}
          <input
            id={id}
            type="number"
            min={requirementOf(key, 'min_value')}
            max={requirementOf(key, 'max_value')}
            step={1}
            class={input}
            value={shown(Number(value))}
            disabled={disabled}
            aria-describedby={described}
            onFocus={typed.onFocus}
            onBlur={(e) => {
              typed.onBlur();
              commitNumber(e.currentTarget);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitNumber(e.currentTarget);
            }}
          />
        </>
      );
    }
    default: {
      const props = {
        id,
        class: input,
        value: shown(String(value)),
        disabled,
        maxLength: requirementOf(key, 'max_length'),
        ...typed,
      };
      return (
        <>
          {label}
          {row.as === 'textarea' ? (
            <textarea
              {...props}
              rows={3}
              class={`${input} py-2`}
              aria-describedby={described}
              onChange={text}
            />
          ) : (
            <input {...props} type="text" aria-describedby={described} onChange={text} />
          )}
        </>
      );
    }
  }
}

export function SettingField({ row }: { row: SettingRow }) {
  const { locked, refused } = useModels().settings;
  const { key } = row;
  const id = idOf(key);
  const isRefused = refused.value.includes(key);
  const described =
    [row.hint && `${id}-hint`, isRefused && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const min = requirementOf(key, 'min_value');
  const max = requirementOf(key, 'max_value');
  return (
    <div class="space-y-1" data-setting={key}>
      <Control row={row} described={described} />
      {row.hint && (
        <p id={`${id}-hint`} class="text-sm text-stone-600 dark:text-stone-400">
          {t(row.hint)}
        </p>
      )}
      {isRefused && (
        <p id={`${id}-error`} class="text-sm font-semibold text-red-800 dark:text-red-300">
          {kindOf(key) === 'number' && min !== undefined && max !== undefined
            ? t('settingNumberInvalid', String(min), String(max))
            : t('settingInvalid')}
        </p>
      )}
      {locked.value.includes(key) && (
        <p class="flex items-center gap-1 text-sm text-stone-700 dark:text-stone-300" id={`${key}-locked`}>
          <Icon name="lock" class="size-4" />
          {t('lockedByPractice')}
        </p>
      )}
    </div>
  );
}
