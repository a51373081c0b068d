// One setting: its label, the control, and a "locked by the practice" note when the
// clinic's policy fixed it (the control is then disabled).
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/browser/i18n';
import type { SettingKey } from '../../utils/settings/settings-schema';
import { useModels } from '../models';

export function SettingField({ name, children }: { name: SettingKey; children: ComponentChildren }) {
  const { locked } = useModels().settings;
  const isLocked = locked.value.includes(name);
  return (
    <div class="space-y-1" data-setting={name}>
      {children}
      {isLocked && (
        <p class="flex items-center gap-1 text-sm text-stone-700 dark:text-stone-300" id={`${name}-locked`}>
          <svg aria-hidden="true" viewBox="0 0 16 16" class="size-4">
            <path d="M4 7V5a4 4 0 0 1 8 0v2h1v7H3V7zm2 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
          </svg>
          {t('lockedByPractice')}
        </p>
      )}
    </div>
  );
}

export function useLocked(name: SettingKey): boolean {
  return useModels().settings.locked.value.includes(name);
}
