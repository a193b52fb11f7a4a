import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { getTranslator } from '~/i18n/translator';
import { getLanguage } from '~/i18n/server';
import { getServerAuthSession } from '~/server/auth/session';
import {
  dashboardTables,
  exportDashboardTable,
  exportParams,
  type DashboardTableId,
} from '~/server/exports/dashboard-tables';
import { serverApi } from '~/trpc/server';

/**
 * GET /coordinator/export/<table>?months=12&level=sector&separator=semicolon: one dashboard
 * table as a CSV download (see server/exports/dashboard-tables.ts for the registry). Only a
 * coordinator, and only their own region: the rows come through the same role-checked
 * procedures as the pages.
 */
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const language = await getLanguage();
  const t = getTranslator(language);
  const text = (body: string, status: number) =>
    new Response(body, {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  const session = await getServerAuthSession();
  if (session?.user?.role !== 'coordinator') return text(t('dashboard.export.signIn'), session ? 403 : 401);
  const { table } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = exportParams.safeParse({
    ...query,
    months: query.months === undefined ? undefined : Number(query.months),
  });
  if (!Object.hasOwn(dashboardTables, table) || !parsed.success) return text(t('dashboard.export.badRequest'), 400);
  try {
    const { filename, body } = await exportDashboardTable(
      await serverApi(),
      table as DashboardTableId,
      parsed.data,
      language,
    );
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof TRPCError) return text(error.message, getHTTPStatusCodeFromError(error));
    throw error;
  }
}
