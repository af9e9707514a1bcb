import { useTranslation } from 'react-i18next';
import { msg } from '../../app/msg';

/** Amounts arrive as decimal strings; shown in the reader's format, to the cent (more when it is small). */
export function useMoney(options: { wholeCents?: boolean } = {}) {
  const { i18n } = useTranslation();
  return (amount: string, currency = 'EUR') =>
    new Intl.NumberFormat(i18n.language, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      // Estimates read best in cents; a small hourly charge needs its fractions of a cent.
      maximumFractionDigits: options.wholeCents ? 2 : 4,
      roundingMode: 'halfEven',
    } as Intl.NumberFormatOptions).format(Number(amount));
}

/** The price list's resources, in the words and units customers read. */
export const RESOURCE_NAMES: Record<string, string> = {
  cpuSecond: msg('CPU time'),
  memoryGbHour: msg('Memory'),
  diskGbDay: msg('Disk space'),
  trafficGb: msg('Traffic'),
  millionIoOperations: msg('Disk operations'),
  mysqlBusyHour: msg('MySQL'),
};

export const RESOURCE_UNITS: Record<string, string> = {
  cpuSecond: msg('per CPU second'),
  memoryGbHour: msg('per GB an hour'),
  diskGbDay: msg('per GB a day'),
  trafficGb: msg('per GB'),
  millionIoOperations: msg('per million operations'),
  mysqlBusyHour: msg('per busy hour'),
};

export const RESOURCE_COLORS: Record<string, string> = {
  cpuSecond: '#4f46e5',
  memoryGbHour: '#0891b2',
  diskGbDay: '#65a30d',
  trafficGb: '#d97706',
  millionIoOperations: '#db2777',
  mysqlBusyHour: '#7c3aed',
};
