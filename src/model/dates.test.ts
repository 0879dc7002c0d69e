import { expect, test } from "vitest";
import {
  addMonths,
  countDaysInclusive,
  dateOfUnixTime,
  daysBetween,
  firstOfMonth,
  fromDayNumber,
  isCalendarDate,
  lastOfMonth,
  monthName,
  toDayNumber,
  unixTimeAfter,
  weekdayOf,
} from "./dates.js";

test.each([
  ["2026-01-01", "2026-01-01", 0],
  ["2026-01-01", "2026-12-31", 364],
  ["2026-03-28", "2026-03-30", 2],
  ["2028-02-28", "2028-03-01", 2],
  ["2026-03-30", "2026-03-28", -2],
])("daysBetween(%s, %s) = %i", (from, to, days) => {
  expect(daysBetween(from, to)).toBe(days);
  expect(countDaysInclusive(from, to)).toBe(days + 1);
});

test.each(["1970-01-01", "2026-03-29", "2028-02-29", "2026-10-25"])("%s survives a round trip", (date) => {
  expect(fromDayNumber(toDayNumber(date))).toBe(date);
});

test.each([
  ["2026-08-31", 6, "2027-02-28"],
  ["2026-01-15", 1, "2026-02-15"],
  ["2026-03-31", -1, "2026-02-28"],
])("addMonths(%s, %i) = %s", (date, months, expected) => {
  expect(addMonths(date, months)).toBe(expected);
});

test.each([
  ["2026-02-14", "2026-02-01", "2026-02-28"],
  ["2028-02-29", "2028-02-01", "2028-02-29"],
  ["2026-12-31", "2026-12-01", "2026-12-31"],
])("the month of %s runs from %s to %s", (date, first, last) => {
  expect(firstOfMonth(date)).toBe(first);
  expect(lastOfMonth(date)).toBe(last);
});

test("a git commit's time is on the UTC day it falls in, up to the last second", () => {
  const endOfDay = unixTimeAfter("2026-03-29");
  expect(dateOfUnixTime(endOfDay - 1)).toBe("2026-03-29");
  expect(dateOfUnixTime(endOfDay)).toBe("2026-03-30");
  expect(dateOfUnixTime(0)).toBe("1970-01-01");
});

test.each([
  ["2026-03-30", 0],
  ["2026-04-05", 6],
  ["1970-01-01", 3],
])("%s is weekday %i counted from Monday", (date, weekday) => {
  expect(weekdayOf(toDayNumber(date))).toBe(weekday);
});

test.each([
  ["2026-01-31", "Jan"],
  ["2026-10-01", "Oct"],
  ["2026-12-15", "Dec"],
])("%s is in %s", (date, name) => {
  expect(monthName(date)).toBe(name);
});

test.each([
  ["2026-02-28", true],
  ["2028-02-29", true],
  ["2026-02-29", false],
  ["2026-02-30", false],
  ["2026-13-01", false],
  ["2026-1-01", false],
  ["26-01-01", false],
  ["2026-01-01T00:00", false],
])("%s is a calendar date: %s", (text, expected) => {
  expect(isCalendarDate(text)).toBe(expected);
});
