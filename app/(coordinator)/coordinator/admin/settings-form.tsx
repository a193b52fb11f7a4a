'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '~/trpc/react';
import { NumberSettingsForm } from '../_components/number-settings-form';

/** The limits `coordination.updateSettings` accepts (server/services/region-settings.ts), for the browser's own checks. */
const fields = [
  { name: 'guidanceWindowMonths', min: 1, max: 48, step: 1, whole: true },
  { name: 'priorityWindowDays', min: 0, max: 30, step: 1, whole: true },
  { name: 'defaultCommuteKm', min: 1, max: 200, step: 1, whole: true },
  { name: 'safetyWindowMonths', min: 0, max: 36, step: 1, whole: true },
] as const;

type Field = (typeof fields)[number]['name'];

export function SettingsForm({ settings }: { settings: Record<Field, number> }) {
  const t = useTranslations('coordinatorTools.admin.settings');
  const save = useMutation(useTRPC().coordination.updateSettings.mutationOptions());
  return <NumberSettingsForm id="setting" t={t} intro={t('intro')} fields={fields} values={settings} save={save} />;
}
