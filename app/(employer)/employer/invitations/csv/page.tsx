import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MAX_INVITATION_ROWS, workerInvitationColumns } from '~/server/services/worker-invitation-import';
import { requireApprovedEmployer } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Uitnodigen met een CSV-bestand / Inviting by CSV file' };

const fields = [
  'name',
  'email',
  'roleTitle',
  'occupation',
  'language',
  'contractType',
  'weeklyHours',
] as const satisfies readonly (keyof typeof workerInvitationColumns)[];

/** What an invitation file looks like: its columns, the names accepted for each, and what happens on upload. */
export default async function InvitationCsvHelpPage() {
  await requireApprovedEmployer();
  const t = await getTranslations('csvHelp');
  const e = await getTranslations('equityFields.csv');
  return (
    <>
      <p>
        <Link href="/employer/announcements">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <a href="/employer/invitations/sample.csv" download="uitnodigingen-voorbeeld.csv">
          {t('sample')}
        </a>
      </p>
      <h2>{t('fileTitle')}</h2>
      <ul>
        <li>{t('oneRow')}</li>
        <li>{t('separators')}</li>
        <li>{t('maxRows', { max: MAX_INVITATION_ROWS })}</li>
      </ul>
      <h2 id="columns-title">{t('columnsTitle')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="columns-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('alsoAccepted')}</th>
              <th scope="col">{t('required')}</th>
              <th scope="col">{t('what')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const [main, ...others] = workerInvitationColumns[field];
              return (
                <tr key={field}>
                  <th scope="row">
                    <code>{main}</code>
                  </th>
                  <td>
                    {others.map((name, i) => (
                      <span key={name}>
                        {i > 0 && ', '}
                        <code>{name}</code>
                      </span>
                    ))}
                  </td>
                  {field === 'contractType' || field === 'weeklyHours' ? (
                    <>
                      <td>{e('requiredness')}</td>
                      <td>{e(`describe.${field}`)}</td>
                    </>
                  ) : (
                    <>
                      <td>{t(`requiredness.${field}`)}</td>
                      <td>{t(`describe.${field}`)}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>{t('roleOrOccupation')}</p>
      <h2>{t('uploadTitle')}</h2>
      <ul>
        <li>{t('allOrNothing')}</li>
        <li>{t('noOneTwice')}</li>
        <li>{t('mail')}</li>
      </ul>
    </>
  );
}
