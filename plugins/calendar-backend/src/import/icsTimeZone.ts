import { IANAZone } from 'luxon';

// Zone names written by Microsoft Outlook and Exchange, for the zones a
// community calendar meets most; the rest are read through their VTIMEZONE.
const WINDOWS_ZONES: Record<string, string> = {
  utc: 'UTC',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'romance standard time': 'Europe/Paris',
  'gtb standard time': 'Europe/Bucharest',
  'fle standard time': 'Europe/Kiev',
  'e. europe standard time': 'Europe/Chisinau',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'israel standard time': 'Asia/Jerusalem',
  'south africa standard time': 'Africa/Johannesburg',
  'w. central africa standard time': 'Africa/Lagos',
  'e. africa standard time': 'Africa/Nairobi',
  'arabian standard time': 'Asia/Dubai',
  'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
  'eastern standard time': 'America/New_York',
  'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver',
  'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles',
  'atlantic standard time': 'America/Halifax',
  'canada central standard time': 'America/Regina',
  'e. south america standard time': 'America/Sao_Paulo',
  'argentina standard time': 'America/Buenos_Aires',
  'central standard time (mexico)': 'America/Mexico_City',
};

/**
 * The IANA zone a TZID names, or undefined when it names none. Accepts IANA
 * names, the prefixed forms some exporters write
 * (`/mozilla.org/20050126_1/Europe/Berlin`) and common Windows zone names.
 */
export function ianaZoneOf(tzid: string): string | undefined {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  if (IANAZone.isValidZone(trimmed) && !trimmed.startsWith('/')) return trimmed;
  const windows = WINDOWS_ZONES[trimmed.toLowerCase()];
  if (windows) return windows;
  const parts = trimmed.split('/').filter(Boolean);
  for (const length of [3, 2]) {
    if (parts.length >= length) {
      const candidate = parts.slice(-length).join('/');
      if (IANAZone.isValidZone(candidate)) return candidate;
    }
  }
  return undefined;
}
