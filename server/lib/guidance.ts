import { addMonths, type IsoDate } from './dates';

/** The guidance deadline: the end of the window in which the region guides a worker job to job. */
export function guidanceDeadline(riskStartDate: IsoDate, guidanceWindowMonths: number): IsoDate {
  return addMonths(riskStartDate, guidanceWindowMonths);
}
