// Practice settings, drawn from the table of rows (setting-rows.ts), with export and
// import as a JSON file. Until the clinic's policy is known the settings are not shown,
// so a value the practice locks is never editable, not even for a moment.

import type { MessageKey } from '../../utils/browser/i18n';
import { t } from '../../utils/browser/i18n';
import type { Problem } from '../../utils/settings/settings-problems';
import { useModels } from '../models';
import { SettingField } from './SettingField';
import { SettingsFile } from './SettingsFile';
import { SETTING_ROWS, type SettingRow } from './setting-rows';

function Problems({
  intro,
  problems,
  testId,
}: {
  intro: MessageKey;
  problems: readonly Problem[];
  testId: string;
}) {
  if (!problems.length) return null;
  return (
    <div
      role="alert"
      data-testid={testId}
      class="rounded-md border border-red-700 px-3 py-2 text-red-900 dark:border-red-300 dark:text-red-200"
    >
      <p>{t(intro)}</p>
      <ul class="ms-5 list-disc">
        {problems.map((problem, index) => (
          <li key={`${index}:${problem.path}`}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Consecutive rows of one group, or a single ungrouped row. */
function grouped(rows: readonly SettingRow[]): SettingRow[][] {
  const groups: SettingRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (row.group && last?.[0]?.group === row.group) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

export function SettingsView() {
  const { policy, policyKnown, storedProblems } = useModels().settings;
  if (!policyKnown.value) {
    return (
      <p role="status" data-testid="settings-loading">
        {t('settingsLoading')}
      </p>
    );
  }
  return (
    <div class="space-y-5">
      <Problems intro="policyInvalid" problems={policy.value.problems} testId="policy-problems" />
      <Problems intro="storedInvalid" problems={storedProblems.value} testId="stored-problems" />
      {grouped(SETTING_ROWS).map((rows) => {
        const legend = rows[0]?.group;
        if (!legend) return rows.map((row) => <SettingField key={row.key} row={row} />);
        return (
          <fieldset key={legend} class="space-y-3">
            <legend class="mb-1 text-base font-semibold">{t(legend)}</legend>
            {rows.map((row) => (
              <SettingField key={row.key} row={row} />
            ))}
          </fieldset>
        );
      })}
      <SettingsFile />
    </div>
  );
}
