import { expect, test } from "vitest";
import { CORPUS, runCli } from "../run-cli.js";

test("the Kubernetes KEP corpus validates clean", () => {
  const result = runCli(["validate", "-C", `${CORPUS}kubernetes`]);
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe("no problems found\n");
  expect(result.code).toBe(0);
});
