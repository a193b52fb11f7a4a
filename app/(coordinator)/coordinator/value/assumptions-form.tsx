'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '~/trpc/react';
import { NumberSettingsForm } from '../_components/number-settings-form';

const fields = [
  { name: 'benefitDays', min: 0, max: 522, step: 1 },
  { name: 'dailyBenefitEuros', min: 0, max: 300, step: 1 },
  { name: 'severancePerServiceYearEuros', min: 0, max: 20000, step: 1 },
  { name: 'averageServiceYears', min: 0, max: 50, step: 0.1 },
] as const;

type Field = (typeof fields)[number]['name'];

/** The region's assumptions, each with where its default comes from; saving recomputes the figures above. */
export function AssumptionsForm({ assumptions }: { assumptions: Record<Field, number> & { isDefault: boolean } }) {
  const t = useTranslations('coordinatorTools.value.assumptions');
  const save = useMutation(useTRPC().coordination.setValueAssumptions.mutationOptions());
  const intro = assumptions.isDefault ? t('defaults') : t('own');
  return <NumberSettingsForm id="assumption" t={t} intro={intro} fields={fields} values={assumptions} save={save} />;
}
