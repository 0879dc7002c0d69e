// What to offer when the user presses Tab (docs/cli.md, "Completion"): read off the commander
// program itself — its visible commands, their options and arguments, the choices of choice
// flags — so a command added to cli.ts is completed without a word here. Values that are ids
// come from the road map through `ValueSources`, by the name of the option or argument.
import type { Argument, Command, Option } from "commander";
import { pushAll } from "../util/spread-free.js";

/** Where values come from, by kind; the command wires the road map and git in. */
export interface ValueSources {
  /** Ids of one kind (`themes`, `milestones`, `epics`, ... or `items`: every kind and `epic/story`), for the typed prefix. */
  ids(kind: IdKind, prefix: string): Candidate[];
  /** Branches, tags and HEAD. */
  revisions(): Candidate[];
}

export type IdKind = "themes" | "milestones" | "epics" | "ideas" | "teams" | "items";

export interface Candidate {
  value: string;
  description?: string;
}

/** Candidates to show, or the shell's own file or folder completion. */
export type Completion = { kind: "values"; candidates: Candidate[] } | { kind: "files" } | { kind: "dirs" };

type ValueKind = IdKind | "revisions" | "files" | "dirs";

/** Options that name an item or a place, by their attribute name (`--theme` -> `theme`). */
const OPTION_VALUES: Record<string, ValueKind> = {
  theme: "themes",
  milestone: "milestones",
  team: "teams",
  idea: "ideas",
  rev: "revisions",
  baseline: "revisions",
  dir: "dirs",
  output: "files",
};

/** Arguments that name an item or a place, by their name (`log [id]` -> `id`). */
const ARGUMENT_VALUES: Record<string, ValueKind> = {
  id: "items",
  item: "items",
  idea: "ideas",
  epic: "epics",
  /** `review [period]`: a milestone (quarters and keywords are typed). */
  period: "milestones",
  from: "revisions",
  to: "revisions",
  dir: "dirs",
  file: "files",
  files: "files",
};

/** Other options whose placeholder says what they take (`--from <file>`). */
const PLACEHOLDER_VALUES: Record<string, ValueKind> = { file: "files", path: "files", dir: "dirs" };

interface ParseState {
  command: Command;
  /** Positional words given to the command so far. */
  positionals: number;
  /** The option whose value comes next, if any. */
  pending: Option | undefined;
  /** After `--`: only positionals. */
  operandsOnly: boolean;
}

/**
 * Completion for the last of `words` (the words after the program name; the last is the word
 * being typed, possibly empty).
 */
export function completeWords(program: Command, words: readonly string[], sources: ValueSources): Completion {
  const current = words.at(-1) ?? "";
  const state = readWords(program, words.slice(0, -1));
  if (state.pending !== undefined) return optionValues(state.pending, current, "", sources);
  if (!state.operandsOnly && current.startsWith("--") && current.includes("=")) {
    const equals = current.indexOf("=");
    const option = findOption(state.command, current.slice(0, equals));
    if (option === undefined || !takesValue(option)) return none();
    return optionValues(option, current.slice(equals + 1), current.slice(0, equals + 1), sources);
  }
  if (!state.operandsOnly && current.startsWith("-")) return optionNames(state.command, words, current);
  // `roadmap help <command>` (commander's help command) takes a command name.
  if (state.command === program || state.command.name() === "help") return commandNames(program, current);
  return argumentValues(state.command, state.positionals, current, sources);
}

function readWords(program: Command, words: readonly string[]): ParseState {
  const state: ParseState = { command: program, positionals: 0, pending: undefined, operandsOnly: false };
  for (const word of words) {
    if (state.pending !== undefined) {
      state.pending = undefined;
    } else if (state.operandsOnly || !word.startsWith("-") || word === "-") {
      const sub = state.command === program ? findCommand(program, word) : undefined;
      if (sub !== undefined) state.command = sub;
      else state.positionals++;
    } else if (word === "--") {
      state.operandsOnly = true;
    } else if (!word.includes("=")) {
      const option = findOption(state.command, word);
      if (option?.required) state.pending = option;
    }
  }
  return state;
}

function findCommand(program: Command, name: string): Command | undefined {
  return visibleCommands(program).find(
    (command) => command.name() === name || command.aliases().includes(name),
  );
}

/** The command's options and those of the commands above it (the global options). */
function optionsOf(command: Command): Option[] {
  const options: Option[] = [];
  for (let at: Command | null = command; at !== null; at = at.parent) pushAll(options, at.options);
  return options.filter((option) => !option.hidden);
}

function findOption(command: Command, flag: string): Option | undefined {
  return optionsOf(command).find((option) => option.long === flag || option.short === flag);
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

function visibleCommands(program: Command): Command[] {
  return program.createHelp().visibleCommands(program);
}

function commandNames(program: Command, current: string): Completion {
  const candidates = visibleCommands(program).map((command) => ({
    value: command.name(),
    description: command.summary() || firstLine(command.description()),
  }));
  return values(candidates, current);
}

function optionNames(command: Command, words: readonly string[], current: string): Completion {
  const used = new Set(words.slice(0, -1));
  const candidates = [...optionsOf(command), undefined].flatMap((option): Candidate[] => {
    if (option === undefined) return [{ value: "--help", description: "display help for command" }];
    const flag = option.long ?? option.short;
    if (flag === undefined || (used.has(flag) && !option.variadic)) return [];
    return [{ value: flag, description: option.description }];
  });
  return values(candidates, current);
}

function argumentValues(command: Command, index: number, current: string, sources: ValueSources): Completion {
  const declared = command.registeredArguments;
  const last = declared.at(-1);
  const argument = declared[index] ?? (last?.variadic ? last : undefined);
  if (argument === undefined) return none();
  return valuesOf(argument, ARGUMENT_VALUES[argument.name()], current, "", sources);
}

function optionValues(option: Option, current: string, prefix: string, sources: ValueSources): Completion {
  const placeholder = /[<[]([\w-]+)/.exec(option.flags)?.[1] ?? "";
  const kind = OPTION_VALUES[option.attributeName()] ?? PLACEHOLDER_VALUES[placeholder];
  // `--status in-progress,d`: a comma-separated list completes its last item.
  const list = option.flags.includes(",...") ? current.slice(0, current.lastIndexOf(",") + 1) : "";
  return valuesOf(option, kind, current.slice(list.length), prefix + list, sources);
}

function valuesOf(
  declared: Option | Argument,
  kind: ValueKind | undefined,
  current: string,
  prefix: string,
  sources: ValueSources,
): Completion {
  if (declared.argChoices !== undefined) {
    return values(
      declared.argChoices.map((value) => ({ value })),
      current,
      prefix,
    );
  }
  if (kind === "files" || kind === "dirs") return { kind };
  if (kind === "revisions") return values(sources.revisions(), current, prefix);
  if (kind !== undefined) return values(sources.ids(kind, current), current, prefix);
  return none();
}

function values(candidates: readonly Candidate[], current: string, prefix = ""): Completion {
  return {
    kind: "values",
    candidates: candidates
      .filter((candidate) => candidate.value.startsWith(current))
      .map((candidate) => ({ ...candidate, value: prefix + candidate.value })),
  };
}

function none(): Completion {
  return { kind: "values", candidates: [] };
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? "";
}
