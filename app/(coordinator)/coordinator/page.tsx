import type { Metadata } from 'next';
import { format } from '~/i18n/config';
import { getMessages } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';

export const metadata: Metadata = { title: 'Regio / Region' };

export default async function CoordinatorHome() {
  await requireRole('coordinator');
  const api = await serverApi();
  const [{ t }, overview, organisations] = await Promise.all([
    getMessages(),
    api.region.overview(),
    api.organisation.listForRegion(),
  ]);
  const c = t.coordinator;
  const tiles = [
    { label: c.atRiskWorkers, value: overview.atRiskWorkers, id: 'at-risk' },
    { label: c.nearDeadline, value: overview.nearDeadline, id: 'near-deadline', warn: overview.nearDeadline > 0 },
    { label: c.openVacancies, value: overview.openVacancies, id: 'open-vacancies' },
    {
      label: c.vacanciesPerWorker,
      value: overview.vacanciesPerWorker ?? '—',
      id: 'ratio',
      warn: overview.vacanciesPerWorker !== null && overview.vacanciesPerWorker < 1,
    },
    { label: c.approvedEmployers, value: overview.approvedEmployers, id: 'employers' },
    { label: c.pendingEmployers, value: overview.pendingEmployers, id: 'pending', warn: overview.pendingEmployers > 0 },
    { label: c.openRedundancies, value: overview.openRedundancies, id: 'redundancies' },
  ];
  return (
    <>
      <h1>
        {c.title}: {overview.region.name}
      </h1>
      <p>{format(c.guidanceWindow, { months: overview.region.guidanceWindowMonths })}</p>
      <ul className="tiles" aria-label={c.title}>
        {tiles.map((tile) => (
          <li key={tile.id} className={tile.warn ? 'tile tile-warn' : 'tile'} data-testid={`tile-${tile.id}`}>
            <span className="tile-value">{tile.value}</span>
            <span className="tile-label">{tile.label}</span>
          </li>
        ))}
      </ul>
      <section aria-labelledby="employers-title">
        <h2 id="employers-title">{c.employers}</h2>
        <div className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{c.columns.name}</th>
                <th scope="col">{c.columns.sector}</th>
                <th scope="col">{c.columns.city}</th>
                <th scope="col">{c.columns.size}</th>
                <th scope="col">{c.columns.approval}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td>{t.enums.sector[o.sector] ?? o.sector}</td>
                  <td>{o.city}</td>
                  <td>{o.employeeCount}</td>
                  <td>{t.enums.approval[o.approvalStatus]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
