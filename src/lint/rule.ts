// A lint rule (docs/rules.md): metadata plus a pure check over the validated road map. The user's
// roadmap.config.yaml decides severity and options; a rule only says what it flags and where.
import * as z from "zod/mini";
import type { DataPath, Severity } from "../diagnostics/diagnostic.js";
import type { LintRuleId } from "../diagnostics/rule-ids.js";
import type { Roadmap } from "../model/roadmap.js";

export type RuleSetting = Severity | "off";

/** What a rule reports: the engine adds the rule id and the configured severity. */
export interface RuleFinding {
  file: string;
  message: string;
  path: DataPath;
  at?: "key" | "value";
}

export interface RuleContext<Options> {
  /** YYYY-MM-DD; rules never read the clock. */
  today: string;
  options: Options;
}

/** A rule with its option types erased, as the registry and the engine hold it. */
export interface LintRule {
  id: LintRuleId;
  description: string;
  defaultSeverity: RuleSetting;
  /** Validates (and fills defaults into) the options given in roadmap.config.yaml. */
  options: z.core.$ZodType;
  /** Runs the rule; `options` are raw and parsed by the rule's own schema. */
  check(roadmap: Roadmap, context: RuleContext<unknown>): RuleFinding[];
}

export interface RuleDefinition<Schema extends z.core.$ZodType> {
  id: LintRuleId;
  description: string;
  defaultSeverity: RuleSetting;
  options: Schema;
  check(roadmap: Roadmap, context: RuleContext<z.output<Schema>>): RuleFinding[];
}

/**
 * Erases a rule's option type for the registry. The check re-parses its options (cheap:
 * one small object per run) so it always sees defaults filled in, whoever calls it.
 */
export function defineRule<Schema extends z.core.$ZodType>(definition: RuleDefinition<Schema>): LintRule {
  return {
    ...definition,
    check: (roadmap, context) => {
      const options = parseOptions(definition.options, context.options);
      return definition.check(roadmap, { today: context.today, options });
    },
  };
}

function parseOptions<Schema extends z.core.$ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const result = z.safeParse(schema, raw ?? {});
  if (!result.success) throw new Error(`invalid rule options: ${result.error.message}`);
  return result.data;
}
