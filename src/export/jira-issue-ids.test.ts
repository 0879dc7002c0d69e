import { describe, expect, test } from "vitest";
import { assignIssueIds, hashKey } from "./jira-issue-ids.js";

describe("hashKey", () => {
  test("is FNV-1a, 32 bits", () => {
    // Reference values of FNV-1a 32: the empty string and "a".
    expect(hashKey("")).toBe(0x811c9dc5);
    expect(hashKey("a")).toBe(0xe40c292c);
  });
});

describe("assignIssueIds", () => {
  test("gives each key a nine-digit id that depends on the key alone", () => {
    const alone = assignIssueIds(["auth"]);
    const among = assignIssueIds(["billing", "auth/sso", "auth", "zeta/one"]);
    expect(alone.get("auth")).toMatch(/^[1-9]\d{8}$/);
    expect(among.get("auth")).toBe(alone.get("auth"));
    expect(new Set(among.values()).size).toBe(4);
  });

  test("tells keys apart whose hashes meet, in sorted order whatever the order given", () => {
    const clash = () => 899_999_999;
    const ids = assignIssueIds(["b", "c", "a"], clash);
    expect([ids.get("a"), ids.get("b"), ids.get("c")]).toEqual(["999999999", "100000000", "100000001"]);
    expect(assignIssueIds(["c", "a", "b"], clash)).toEqual(ids);
  });

  test("a key given twice has one id", () => {
    expect(assignIssueIds(["a", "a"]).size).toBe(1);
  });
});
