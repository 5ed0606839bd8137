/** Today's date in Norway (YYYY-MM-DD): the day the reminders job counts from, whatever the server's zone. */
export function osloDate(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
